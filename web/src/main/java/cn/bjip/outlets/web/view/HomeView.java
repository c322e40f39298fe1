package cn.bjip.outlets.web.view;

import cn.bjip.outlets.audit.AuditEntry;
import cn.bjip.outlets.audit.AuditService;
import cn.bjip.outlets.outlet.NetworkTypeCount;
import cn.bjip.outlets.outlet.Outlet;
import cn.bjip.outlets.outlet.OutletService;
import cn.bjip.outlets.platform.BusinessRuleViolation;
import cn.bjip.outlets.web.LocaleSwitcher;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** What each role's home page shows; every figure comes from a service that checks the role again. */
@Named
@RequestScoped
public class HomeView {

    @EJB
    private OutletService outlets;

    @EJB
    private AuditService audit;

    @Inject
    private LocaleSwitcher locale;

    private Outlet myOutlet;
    private String myOutletProblem;

    public List<NetworkTypeCount> getOutletsByType() {
        return outlets.countByNetworkType();
    }

    public List<AuditEntry> getRecentChanges() {
        return audit.recent(0, 5).rows();
    }

    public Outlet getMyOutlet() {
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
