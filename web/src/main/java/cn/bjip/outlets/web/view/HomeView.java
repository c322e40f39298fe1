package cn.bjip.outlets.web.view;

import cn.bjip.outlets.audit.AuditFilter;
import cn.bjip.outlets.audit.AuditLine;
import cn.bjip.outlets.audit.AuditService;
import cn.bjip.outlets.outlet.DirectoryService;
import cn.bjip.outlets.outlet.ExpiryWarning;
import cn.bjip.outlets.outlet.NetworkTypeCount;
import cn.bjip.outlets.outlet.OutletService;
import cn.bjip.outlets.outlet.OutletView;
import cn.bjip.outlets.platform.BusinessRuleViolation;
import cn.bjip.outlets.reminder.ReminderService;
import cn.bjip.outlets.reminder.ReminderView;
import cn.bjip.outlets.reminder.TodoItem;
import cn.bjip.outlets.reminder.TodoService;
import cn.bjip.outlets.supervision.LedgerService;
import cn.bjip.outlets.supervision.NoticeService;
import cn.bjip.outlets.supervision.PublishedNotice;
import cn.bjip.outlets.web.LocaleSwitcher;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** What each role's home page shows; every figure comes from a service that checks the role again. */
@Named
@RequestScoped
public class HomeView {

    @EJB
    private OutletService outlets;

    @EJB
    private AuditService audit;

    @EJB
    private DirectoryService directory;

    @EJB
    private NoticeService notices;

    @EJB
    private LedgerService ledgers;

    @EJB
    private TodoService todo;

    @EJB
    private ReminderService reminders;

    @Inject
    private Clock clock;

    @Inject
    private LocaleSwitcher locale;

    private OutletView myOutlet;
    private String myOutletProblem;
    private List<TodoItem> todoItems;
    private List<ReminderView> myReminders;
    private Boolean mailOff;

    /** What waits for the caller (UX-6). */
    public List<TodoItem> getTodo() {
        if (todoItems == null) {
            todoItems = todo.mine();
        }
        return todoItems;
    }

    /** The caller's newest reminders. */
    public List<ReminderView> getReminders() {
        if (myReminders == null) {
            myReminders = reminders.mine(0, 5).rows();
        }
        return myReminders;
    }

    public boolean isMailOn() {
        if (mailOff == null) {
            mailOff = reminders.myMailOff();
        }
        return !mailOff;
    }

    public void setMailOn(boolean on) {
        mailOff = !on;
    }

    public void saveMailChoice() {
        mailOff = reminders.setMyMailOff(mailOff);
    }

    public List<NetworkTypeCount> getOutletsByType() {
        return outlets.countByNetworkType();
    }

    public List<AuditLine> getRecentChanges() {
        return audit.find(AuditFilter.none(), 0, 5).rows();
    }

    /** This year's quarters whose ledger the caller's outlet has not submitted in time. */
    public List<Integer> getOverdueQuarters() {
        return ledgers.myOverdueQuarters(LocalDate.now(clock).getYear());
    }

    /** The newest notices for the caller's outlet. */
    public List<PublishedNotice> getNotices() {
        return notices.mine(0, 5).rows();
    }

    /** Listed outlets whose accreditation ends within 90 days, for the center and the office. */
    public List<OutletView> getExpiringSoon() {
        return directory.expiringSoon();
    }

    /** How close the caller's own outlet is to the end of its accreditation. */
    public ExpiryWarning getMyExpiry() {
        return getMyOutlet() == null ? ExpiryWarning.NONE : directory.myExpiryWarning();
    }

    public OutletView getMyOutlet() {
        loadMyOutlet();
        return myOutlet;
    }

    public String getMyOutletProblem() {
        loadMyOutlet();
        return myOutletProblem;
    }

    private void loadMyOutlet() {
        if (myOutlet == null && myOutletProblem == null) {
            try {
                myOutlet = outlets.myOutlet();
            } catch (BusinessRuleViolation e) {
                myOutletProblem = e.message(locale.getLocale());
            }
        }
    }
}
