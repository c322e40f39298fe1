package cn.bjip.outlets.reminder;

import static cn.bjip.outlets.platform.Roles.APPLICANT;
import static cn.bjip.outlets.platform.Roles.CENTER_STAFF;
import static cn.bjip.outlets.platform.Roles.EXPERT;
import static cn.bjip.outlets.platform.Roles.OFFICE_ADMIN;
import static cn.bjip.outlets.platform.Roles.OUTLET_STAFF;
import static cn.bjip.outlets.platform.Roles.SYSTEM;

import cn.bjip.outlets.outlet.OutletAccounts;
import cn.bjip.outlets.outlet.OutletStatus;
import cn.bjip.outlets.platform.CallerIdentity;
import cn.bjip.outlets.platform.PageResult;
import cn.bjip.outlets.supervision.LedgerDue;
import cn.bjip.outlets.supervision.LedgerState;
import cn.bjip.outlets.supervision.RectificationState;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reminders (UX-6): the sweep finds the dates that call for one (a ledger due in seven days or overdue, an
 * accreditation ending in 90 or 30 days, a rectification deadline within 14 days) and writes one per event and outlet
 * staff member; the mailing sends what is not yet sent, unless the person turned e-mail off. Both run from
 * {@link ReminderTimer} and hold a PostgreSQL advisory lock, so only one server does each at a time. People read
 * their own reminders and set their own e-mail choice here.
 */
@Stateless
public class ReminderService {

    static final int LEDGER_DAYS_AHEAD = 7;
    static final int RECTIFICATION_DAYS_AHEAD = 14;
    /** An outlet whose accreditation ended this many days ago or less has its staff accounts unbound. */
    static final int EXPIRED_UNBIND_DAYS = 30;
    private static final long SWEEP_LOCK = 0x5245_4d31L;
    private static final long MAIL_LOCK = 0x5245_4d32L;
    private static final int MAIL_BATCH = 100;
    private static final Logger LOG = Logger.getLogger(ReminderService.class.getName());

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Reminders reminders;

    @Inject
    private ReminderMail mail;

    @EJB
    private OutletAccounts accounts;

    @EJB
    private CallerIdentity caller;

    /** Writes the reminders today's dates call for; how many were new. Another server sweeping: 0. */
    @RolesAllowed(SYSTEM)
    public int sweep() {
        if (!locked(SWEEP_LOCK)) {
            return 0;
        }
        LocalDate today = LocalDate.now(clock);
        int written = ledgers(today) + expiries(today) + rectifications(today);
        unbindExpired(today);
        return written;
    }

    private int ledgers(LocalDate today) {
        LedgerDue.Quarter quarter = LedgerDue.lastEnded(today);
        LocalDate due = LedgerDue.dueOn(quarter.year(), quarter.quarter());
        long daysLeft = ChronoUnit.DAYS.between(today, due);
        if (daysLeft > LEDGER_DAYS_AHEAD) {
            return 0;
        }
        ReminderKind kind = daysLeft >= 0 ? ReminderKind.LEDGER_DUE_SOON : ReminderKind.LEDGER_OVERDUE;
        List<String> outlets = em.createQuery("select o.code from Outlet o where o.status = :active "
                        + "and o.accreditedOn < :quarterEnd and o.expiresOn >= :today and not exists (select l from QuarterlyLedger l "
                        + "where l.outlet = o and l.year = :year and l.quarter = :quarter and l.state = :submitted) order by o.code",
                        String.class)
                .setParameter("active", OutletStatus.ACTIVE)
                .setParameter("quarterEnd", LedgerDue.quarter(quarter.year(), quarter.quarter()).endExclusive())
                .setParameter("today", today).setParameter("year", quarter.year()).setParameter("quarter", quarter.quarter())
                .setParameter("submitted", LedgerState.SUBMITTED).getResultList();
        String event = (kind == ReminderKind.LEDGER_DUE_SOON ? "ledger-due:" : "ledger-overdue:") + quarter.year() + "-Q"
                + quarter.quarter() + ":";
        int written = 0;
        for (String code : outlets) {
            written += remindStaff(code, kind, event + code, "/app/ledger.xhtml", String.valueOf(quarter.year()),
                    String.valueOf(quarter.quarter()), due.toString());
        }
        return written;
    }

    private int expiries(LocalDate today) {
        List<Object[]> ending = em.createQuery("select o.code, o.expiresOn from Outlet o where o.status = :active "
                        + "and o.expiresOn >= :today and o.expiresOn <= :horizon order by o.code", Object[].class)
                .setParameter("active", OutletStatus.ACTIVE).setParameter("today", today)
                .setParameter("horizon", today.plusDays(90)).getResultList();
        int written = 0;
        for (Object[] row : ending) {
            LocalDate expires = (LocalDate) row[1];
            boolean near = !expires.isAfter(today.plusDays(30));
            ReminderKind kind = near ? ReminderKind.EXPIRY_30 : ReminderKind.EXPIRY_90;
            written += remindStaff((String) row[0], kind, (near ? "expiry-30:" : "expiry-90:") + row[0] + ":" + expires,
                    "/app/applications.xhtml", expires.toString());
        }
        return written;
    }

    private int rectifications(LocalDate today) {
        List<Object[]> due = em.createQuery("select r.id, r.outlet.code, r.deadline from Rectification r where r.state = :open "
                        + "and r.deadline >= :today and r.deadline <= :horizon order by r.id", Object[].class)
                .setParameter("open", RectificationState.OPEN).setParameter("today", today)
                .setParameter("horizon", today.plusDays(RECTIFICATION_DAYS_AHEAD)).getResultList();
        int written = 0;
        for (Object[] row : due) {
            written += remindStaff((String) row[1], ReminderKind.RECTIFICATION_DUE, "rectification-due:" + row[0],
                    "/app/compliance.xhtml", row[2].toString());
        }
        return written;
    }

    /** Expiry ends the outlet's standing like revocation does: its staff accounts stop being its staff. */
    private void unbindExpired(LocalDate today) {
        em.createQuery("select o.code from Outlet o where o.status = :active and o.expiresOn < :today "
                        + "and o.expiresOn >= :since order by o.code", String.class)
                .setParameter("active", OutletStatus.ACTIVE).setParameter("today", today)
                .setParameter("since", today.minusDays(EXPIRED_UNBIND_DAYS)).getResultList()
                .forEach(accounts::unbindAll);
    }

    private int remindStaff(String outletCode, ReminderKind kind, String event, String link, String... arguments) {
        int written = 0;
        for (OutletAccounts.Account person : accounts.staffOf(outletCode)) {
            written += reminders.remind(person.username(), kind, event, link, arguments) ? 1 : 0;
        }
        return written;
    }

    /**
     * Sends the e-mail of reminders not yet mailed (at most a batch a run); how many were sent. Addresses are read
     * from Keycloak before anything is sent, so that a Keycloak failure sends nothing; an SMTP failure keeps the rest
     * for the next run.
     */
    @RolesAllowed(SYSTEM)
    public int mailPending() {
        if (!locked(MAIL_LOCK)) {
            return 0;
        }
        List<Reminder> pending = em.createQuery("select r from Reminder r where r.mailResult is null order by r.createdAt, r.id",
                Reminder.class).setMaxResults(MAIL_BATCH).getResultList();
        Map<String, Optional<OutletAccounts.Account>> people = new HashMap<>();
        pending.forEach(r -> people.computeIfAbsent(r.getRecipient(), accounts::find));
        int sent = 0;
        for (Reminder reminder : pending) {
            Optional<OutletAccounts.Account> person = people.get(reminder.getRecipient()).filter(a -> a.email() != null);
            if (mailOff(reminder.getRecipient())) {
                reminder.mailed(Reminder.MailResult.MAIL_OFF, null);
            } else if (person.isEmpty()) {
                reminder.mailed(Reminder.MailResult.NO_ADDRESS, null);
            } else {
                try {
                    mail.send(person.get().email(), person.get().displayName(), reminder, clock.instant());
                } catch (MessagingException e) {
                    LOG.log(Level.WARNING, "reminder mail not sent; the rest waits for the next run", e);
                    break;
                }
                reminder.mailed(Reminder.MailResult.SENT, clock.instant());
                sent++;
            }
        }
        return sent;
    }

    /** The caller's reminders, newest first. */
    @RolesAllowed({OFFICE_ADMIN, CENTER_STAFF, EXPERT, OUTLET_STAFF, APPLICANT})
    public PageResult<ReminderView> mine(int first, int size) {
        String me = caller.name();
        List<ReminderView> rows = size <= 0 ? List.of() : em.createQuery("select r from Reminder r where r.recipient = :me "
                        + "order by r.createdAt desc, r.id desc", Reminder.class).setParameter("me", me)
                .setFirstResult(Math.max(first, 0)).setMaxResults(Math.min(size, PageResult.MAX_SIZE))
                .getResultStream().map(ReminderView::of).toList();
        long total = em.createQuery("select count(r) from Reminder r where r.recipient = :me", Long.class)
                .setParameter("me", me).getSingleResult();
        return new PageResult<>(rows, total);
    }

    /** Whether the caller turned reminder e-mail off (the in-portal reminders stay). */
    @RolesAllowed({OFFICE_ADMIN, CENTER_STAFF, EXPERT, OUTLET_STAFF, APPLICANT})
    public boolean myMailOff() {
        return mailOff(caller.name());
    }

    @RolesAllowed({OFFICE_ADMIN, CENTER_STAFF, EXPERT, OUTLET_STAFF, APPLICANT})
    public boolean setMyMailOff(@NotNull(message = "{reminders.mailOff.required}") Boolean off) {
        em.createNativeQuery("insert into mail_preference (username, mail_off, changed_at) values (?1, ?2, ?3) "
                        + "on conflict (username) do update set mail_off = excluded.mail_off, changed_at = excluded.changed_at")
                .setParameter(1, caller.name()).setParameter(2, off).setParameter(3, OffsetDateTime.now(clock)).executeUpdate();
        return off;
    }

    private boolean mailOff(String username) {
        List<?> off = em.createNativeQuery("select mail_off from mail_preference where username = ?1")
                .setParameter(1, username).getResultList();
        return !off.isEmpty() && Boolean.TRUE.equals(off.get(0));
    }

    /** Holds this transaction's advisory lock {@code key}, if no other transaction (on any server) does. */
    private boolean locked(long key) {
        return (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(?1)").setParameter(1, key).getSingleResult();
    }
}
