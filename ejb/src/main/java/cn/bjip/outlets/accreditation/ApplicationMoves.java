package cn.bjip.outlets.accreditation;

import cn.bjip.outlets.audit.AuditService;
import cn.bjip.outlets.platform.BusinessRuleViolation;
import cn.bjip.outlets.platform.CallerIdentity;
import cn.bjip.outlets.reminder.ReminderKind;
import cn.bjip.outlets.reminder.Reminders;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Locale;

/**
 * Moves an application to another state for the accreditation services, keeping the transition (who, when, from,
 * to, why), an audit entry and a reminder to the applicant of a move someone else made. Not a boundary: the
 * services decide who may make which move before they call it.
 */
@Dependent
class ApplicationMoves {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private CallerIdentity caller;

    @EJB
    private AuditService audit;

    @Inject
    private Reminders reminders;

    /** Nobody reviews, scores or decides an application they made themselves. */
    Application notOwn(Application application) {
        if (application.getApplicant().equals(caller.name())) {
            throw new BusinessRuleViolation("application.ownApplication", null);
        }
        return application;
    }

    Application move(Application application, ApplicationState target, String reason) {
        ApplicationState from = application.getState();
        ApplicationTransition transition = application.moveTo(target, clock.instant(), caller.name(), reason);
        em.persist(transition);
        if (!application.getApplicant().equals(caller.name())) {
            reminders.remind(application.getApplicant(), ReminderKind.APPLICATION_MOVED, "application-moved:" + transition.getId(),
                    "/app/application.xhtml?id=" + application.getId(), application.getContent().getNameZh(),
                    target.label().zh(), target.label().en());
        }
        audit.record("application." + target.name().toLowerCase(Locale.ROOT), "Application", String.valueOf(application.getId()),
                from.label().zh() + " → " + target.label().zh() + (reason == null ? "" : "：" + reason));
        return application;
    }
}
