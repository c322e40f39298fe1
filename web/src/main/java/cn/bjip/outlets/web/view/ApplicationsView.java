package cn.bjip.outlets.web.view;

import cn.bjip.outlets.accreditation.ApplicationService;
import cn.bjip.outlets.accreditation.ApplicationView;
import cn.bjip.outlets.accreditation.RoundService;
import cn.bjip.outlets.accreditation.RoundView;
import cn.bjip.outlets.platform.BusinessRuleViolation;
import cn.bjip.outlets.web.LocaleSwitcher;
import cn.bjip.outlets.web.Messages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** An institution's own applications and the rounds it can apply in (applicants), or renew in (outlet staff). */
@Named
@RequestScoped
public class ApplicationsView {

    @EJB
    private ApplicationService applications;

    @EJB
    private RoundService rounds;

    @Inject
    private LocaleSwitcher locale;

    private List<ApplicationView> mine;

    public List<ApplicationView> getMine() {
        if (mine == null) {
            mine = applications.mine();
        }
        return mine;
    }

    /** The id of the caller's application in a round, or null: there is one per institution and round. */
    public Long applicationIn(long roundId) {
        return getMine().stream().filter(a -> a.roundId() == roundId).map(ApplicationView::id).findFirst().orElse(null);
    }

    public List<RoundView> getOpenRounds() {
        return rounds.takingApplications();
    }

    public String renew(long roundId) {
        try {
            return "/app/application?faces-redirect=true&id=" + applications.startRenewal(roundId).id();
        } catch (BusinessRuleViolation refused) {
            Messages.refused(refused, locale.getLocale());
            return null;
        }
    }
}
