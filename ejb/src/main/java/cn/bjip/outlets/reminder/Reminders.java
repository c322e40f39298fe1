package cn.bjip.outlets.reminder;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * Writes reminders, in the caller's transaction: a service that makes something happen (an application moved, an
 * expert assigned) reminds the person it concerns; the sweep reminds of dates. Not a boundary: the services decide.
 * An event already reminded to a person is not written again ({@code reminder_once}).
 */
@Dependent
public class Reminders {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Clock clock;

    /** Reminds {@code recipient} of event {@code eventKey}; true if this is the first time. */
    public boolean remind(String recipient, ReminderKind kind, String eventKey, String link, String... arguments) {
        return em.createNativeQuery("insert into reminder (id, kind, event_key, recipient, arguments, link, created_at) "
                        + "values (nextval('reminder_seq'), ?1, ?2, ?3, ?4, ?5, ?6) on conflict (event_key, recipient) do nothing")
                .setParameter(1, kind.name()).setParameter(2, eventKey).setParameter(3, recipient)
                .setParameter(4, String.join(ReminderKind.SEPARATOR, arguments)).setParameter(5, link)
                .setParameter(6, OffsetDateTime.now(clock)).executeUpdate() == 1;
    }
}
