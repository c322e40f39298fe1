package cn.bjip.outlets.accreditation;

import static cn.bjip.outlets.platform.Roles.CENTER_STAFF;
import static cn.bjip.outlets.platform.Roles.EXPERT;
import static cn.bjip.outlets.platform.Roles.OFFICE_ADMIN;

import cn.bjip.outlets.platform.CallerIdentity;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * How the caller sees applications and score sheets, and what they may do with them now: decided here once, from
 * role, ownership, assignment, state and the round's window, for every page and the API.
 */
@Stateless
@PermitAll
@DeclareRoles({CENTER_STAFF, OFFICE_ADMIN, EXPERT})
public class ApplicationViews {

    @Resource
    private SessionContext context;

    @EJB
    private CallerIdentity caller;

    @Inject
    private Clock clock;

    public ApplicationView of(Application a) {
        boolean staff = staff();
        return new ApplicationView(a.getId(), a.getVersion(), a.getRound().getId(), a.getRound().getYear(),
                a.getRound().getTitle(), a.getKind(),
                a.getApplicant(), a.getState(), a.getOutlet() == null ? null : a.getOutlet().getCode(),
                a.getContent().copy(), staff || !context.isCallerInRole(EXPERT) ? a.getAggregateScore() : null,
                staff ? a.getMinScore() : null,
                staff ? a.getMaxScore() : null, a.getRank(), a.isProposed(), a.getSubmittedAt(), staff, actions(a));
    }

    Set<ApplicationAction> actions(Application a) {
        Set<ApplicationAction> actions = EnumSet.noneOf(ApplicationAction.class);
        LocalDate today = LocalDate.now(clock);
        if (a.getApplicant().equals(caller.name()) && a.getState().editable()
                && a.getRound().takesApplicationsOn(today)) {
            actions.add(ApplicationAction.EDIT);
        }
        if (context.isCallerInRole(CENTER_STAFF) && a.getState() == ApplicationState.SUBMITTED) {
            actions.add(ApplicationAction.REVIEW);
        }
        if (context.isCallerInRole(CENTER_STAFF) && a.getState() == ApplicationState.IN_EXPERT_REVIEW) {
            actions.add(ApplicationAction.ASSIGN);
        }
        if (context.isCallerInRole(OFFICE_ADMIN) && a.getState() == ApplicationState.SCORED
                && a.getRound().getState() == RoundState.SCORING_CLOSED) {
            actions.add(ApplicationAction.REJECT);
            if (a.isProposed()) {
                actions.add(ApplicationAction.ACCREDIT);
            }
        }
        return actions;
    }

    /** A sheet's total only for staff and its own expert; scorable by its own expert until submitted. */
    public SheetView of(ScoreSheet s) {
        boolean own = context.isCallerInRole(EXPERT) && s.getExpert().equals(caller.name());
        return SheetView.of(s, staff() || own, own && !s.isSubmitted());
    }

    private boolean staff() {
        return context.isCallerInRole(CENTER_STAFF) || context.isCallerInRole(OFFICE_ADMIN);
    }
}
