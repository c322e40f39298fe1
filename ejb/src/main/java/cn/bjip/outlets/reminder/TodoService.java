package cn.bjip.outlets.reminder;

import static cn.bjip.outlets.platform.Roles.APPLICANT;
import static cn.bjip.outlets.platform.Roles.CENTER_STAFF;
import static cn.bjip.outlets.platform.Roles.EXPERT;
import static cn.bjip.outlets.platform.Roles.OFFICE_ADMIN;
import static cn.bjip.outlets.platform.Roles.OUTLET_STAFF;

import cn.bjip.outlets.accreditation.ApplicationState;
import cn.bjip.outlets.accreditation.RoundState;
import cn.bjip.outlets.outlet.OutletChange;
import cn.bjip.outlets.outlet.OutletScope;
import cn.bjip.outlets.outlet.OutletStatus;
import cn.bjip.outlets.outlet.Outlet;
import cn.bjip.outlets.platform.CallerIdentity;
import cn.bjip.outlets.supervision.AnnualSummary;
import cn.bjip.outlets.supervision.LedgerDue;
import cn.bjip.outlets.supervision.LedgerState;
import cn.bjip.outlets.supervision.RectificationState;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * What waits for the caller (UX-6), counted in the database: for center staff the applications to review, change
 * filings to approve, overdue ledgers, rectifications to decide and rounds ready to close; for the office the
 * decisions to take; for experts the sheets to fill; for outlet staff their ledger, summary, rectification answer
 * and renewal; for applicants their returned applications. Only what is waiting is listed. The counts are queries of
 * their own over the accreditation and supervision tables (one per line, on every home page), not calls to those
 * packages' services, which would load what they count.
 */
@Stateless
public class TodoService {

    /** A year-end summary is listed this many days before it is due. */
    static final int SUMMARY_DAYS_AHEAD = 60;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private CallerIdentity caller;

    @EJB
    private OutletScope scope;

    @RolesAllowed({CENTER_STAFF, OFFICE_ADMIN, EXPERT, OUTLET_STAFF, APPLICANT})
    public List<TodoItem> mine() {
        LocalDate today = LocalDate.now(clock);
        List<TodoItem> items = new ArrayList<>();
        if (CallerIdentity.callerHolds(CENTER_STAFF)) {
            center(today, items);
        }
        if (CallerIdentity.callerHolds(OFFICE_ADMIN)) {
            add(items, "decisions", count("select count(a) from Application a where a.state = ?1 and a.round.state = ?2",
                    ApplicationState.SCORED, RoundState.SCORING_CLOSED), "/app/rounds.xhtml", null);
        }
        if (CallerIdentity.callerHolds(EXPERT)) {
            add(items, "sheets", count("select count(s) from ScoreSheet s where s.expert = ?1 and s.submittedAt is null "
                    + "and s.application.state = ?2", caller.name(), ApplicationState.IN_EXPERT_REVIEW), "/app/sheets.xhtml", null);
        }
        if (CallerIdentity.callerHolds(APPLICANT)) {
            add(items, "applicationsReturned", count("select count(a) from Application a where a.applicant = ?1 and a.state = ?2",
                    caller.name(), ApplicationState.RETURNED), "/app/applications.xhtml", null);
        }
        if (CallerIdentity.callerHolds(OUTLET_STAFF) && caller.outletCode().isPresent()) {
            outlet(today, items);
        }
        return items;
    }

    private void center(LocalDate today, List<TodoItem> items) {
        add(items, "applicationsToReview", count("select count(a) from Application a where a.state = ?1",
                ApplicationState.SUBMITTED), "/app/rounds.xhtml", null);
        add(items, "changeFilings", count("select count(c) from OutletChange c where c.state = ?1",
                OutletChange.State.PENDING), "/app/changes.xhtml", null);
        LedgerDue.Quarter quarter = LedgerDue.lastEnded(today);
        LocalDate due = LedgerDue.dueOn(quarter.year(), quarter.quarter());
        if (today.isAfter(due)) {
            add(items, "ledgersOverdue", count("select count(o) from Outlet o where o.status = ?1 and o.accreditedOn < ?2 "
                            + "and not exists (select l from QuarterlyLedger l where l.outlet = o and l.year = ?3 "
                            + "and l.quarter = ?4 and l.state = ?5)", OutletStatus.ACTIVE,
                    LedgerDue.quarter(quarter.year(), quarter.quarter()).endExclusive(), quarter.year(), quarter.quarter(),
                    LedgerState.SUBMITTED), "/app/ledgers.xhtml?year=" + quarter.year() + "&quarter=" + quarter.quarter(), due);
        }
        add(items, "rectificationsToDecide", count("select count(r) from Rectification r where r.state = ?1 "
                + "or (r.state = ?2 and r.deadline < ?3)", RectificationState.ANSWERED, RectificationState.OPEN, today),
                "/app/compliance.xhtml", null);
        add(items, "scoringToClose", count("select count(r) from AccreditationRound r where r.state = ?1 "
                        + "and exists (select a from Application a where a.round = r and a.state = ?2) "
                        + "and not exists (select a from Application a where a.round = r and a.state = ?3) "
                        + "and not exists (select s from ScoreSheet s where s.application.round = r and s.submittedAt is null)",
                RoundState.OPEN, ApplicationState.IN_EXPERT_REVIEW, ApplicationState.SUBMITTED), "/app/rounds.xhtml", null);
    }

    private void outlet(LocalDate today, List<TodoItem> items) {
        Outlet mine = scope.mine();
        LedgerDue.Quarter quarter = LedgerDue.lastEnded(today);
        if (mine.getAccreditedOn().isBefore(LedgerDue.quarter(quarter.year(), quarter.quarter()).endExclusive())) {
            add(items, "ledgerDue", count("select count(o) from Outlet o where o = ?1 and not exists (select l from "
                            + "QuarterlyLedger l where l.outlet = o and l.year = ?2 and l.quarter = ?3 and l.state = ?4)",
                    mine, quarter.year(), quarter.quarter(), LedgerState.SUBMITTED),
                    "/app/ledger.xhtml?year=" + quarter.year() + "&quarter=" + quarter.quarter(),
                    LedgerDue.dueOn(quarter.year(), quarter.quarter()));
        }
        LocalDate summaryDue = AnnualSummary.dueOn(today.getYear());
        if (!today.isBefore(summaryDue.minusDays(SUMMARY_DAYS_AHEAD))) {
            add(items, "summaryDue", count("select count(o) from Outlet o where o = ?1 and not exists (select s from "
                            + "AnnualSummary s where s.outlet = o and s.year = ?2 and s.state = ?3)", mine, today.getYear(),
                    AnnualSummary.State.SUBMITTED), "/app/summary.xhtml", summaryDue);
        }
        List<LocalDate> deadlines = em.createQuery("select r.deadline from Rectification r where r.outlet = :outlet "
                        + "and r.state = :open order by r.deadline", LocalDate.class)
                .setParameter("outlet", mine).setParameter("open", RectificationState.OPEN).getResultList();
        add(items, "rectificationAnswer", deadlines.size(), "/app/compliance.xhtml", deadlines.isEmpty() ? null : deadlines.get(0));
        if (!mine.getExpiresOn().isAfter(today.plusDays(90))) {
            add(items, "renewal", 1, "/app/applications.xhtml", mine.getExpiresOn());
        }
    }

    private long count(String jpql, Object... parameters) {
        TypedQuery<Long> query = em.createQuery(jpql, Long.class);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.getSingleResult();
    }

    private static void add(List<TodoItem> items, String what, long count, String link, LocalDate dueOn) {
        if (count > 0) {
            items.add(new TodoItem(what, count, link, dueOn));
        }
    }
}
