package cn.bjip.outlets.accreditation;

import static cn.bjip.outlets.platform.Roles.CENTER_STAFF;
import static cn.bjip.outlets.platform.Roles.OFFICE_ADMIN;

import cn.bjip.outlets.outlet.Outlet;
import cn.bjip.outlets.outlet.OutletAccounts;
import cn.bjip.outlets.outlet.OutletService;
import cn.bjip.outlets.platform.BusinessRuleViolation;
import cn.bjip.outlets.platform.Reasons;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

/**
 * The office's accreditation decisions: once scoring is closed, each scored application is accredited or
 * not, with reasons. Accreditation creates the outlet, or renews it, valid for three years, and makes the
 * applicant's account staff of it; if Keycloak cannot do that, nothing is decided.
 */
@Stateless
public class DecisionService {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private ApplicationMoves moves;

    @EJB
    private ApplicationService applications;

    @EJB
    private OutletService outlets;

    @EJB
    private ApplicationViews views;

    @EJB
    private OutletAccounts accounts;

    /** The scored applications of a round by rank: the proposed list and the rest, with the decisions made so far. */
    @RolesAllowed({CENTER_STAFF, OFFICE_ADMIN})
    public List<ApplicationView> ranking(long roundId) {
        return em.createQuery("select a from Application a where a.round.id = :round and a.state in :states "
                        + "order by a.rank", Application.class).setParameter("round", roundId)
                .setParameter("states", EnumSet.of(ApplicationState.SCORED, ApplicationState.ACCREDITED,
                        ApplicationState.REJECTED)).getResultStream().map(views::of).toList();
    }

    /** Accredits an application of the proposed list (择优认定 from the experts' 建议名单). */
    @RolesAllowed(OFFICE_ADMIN)
    public ApplicationView accredit(long applicationId, String reason) {
        Application application = decidable(applicationId, reason);
        if (application.getState() == ApplicationState.SCORED && !application.isProposed()) {
            throw new BusinessRuleViolation("decision.notProposed", null, application.getAggregateScore(),
                    application.getRound().getPassScore());
        }
        LocalDate today = LocalDate.now(clock);
        moves.move(application, ApplicationState.ACCREDITED, Reasons.required(reason));
        if (application.getKind() == ApplicationKind.RENEWAL) {
            outlets.renew(application.getOutlet(), today, application.getRound().getTitle());
        } else {
            application.accreditedAs(outlets.accredit(newOutlet(application.getContent()), today,
                    application.getRound().getTitle()));
        }
        em.flush();
        accounts.bind(application.getApplicant(), application.getOutlet().getCode());
        return views.of(application);
    }

    @RolesAllowed(OFFICE_ADMIN)
    public ApplicationView reject(long applicationId, String reason) {
        Application application = moves.move(decidable(applicationId, reason), ApplicationState.REJECTED,
                Reasons.required(reason));
        em.flush();
        return views.of(application);
    }

    private Application decidable(long applicationId, String reason) {
        Reasons.required(reason);
        Application application = moves.notOwn(applications.visibleApplication(applicationId));
        if (application.getRound().getState() == RoundState.OPEN) {
            throw new BusinessRuleViolation("decision.scoringOpen", null, application.getRound().getYear());
        }
        return application;
    }

    private static Outlet newOutlet(ApplicationContent content) {
        Outlet outlet = new Outlet();
        outlet.setProfile(content.profile());
        outlet.setNetworkType(content.getNetworkType());
        outlet.setIpFields(content.getIpFields());
        outlet.setFullTimeStaff((int) content.getTeam().stream().filter(TeamMember::isFullTime).count());
        outlet.setPartTimeStaff((int) content.partTime());
        return outlet;
    }
}
