package cn.bjip.outlets.reminder;

import cn.bjip.outlets.platform.Roles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the reminders on every server; the advisory locks of {@link ReminderService} let one server at a time do the
 * work, and the unique reminder key keeps it from being done twice. Non-persistent timers: a missed run is simply
 * the next one (every event is found again until it is reminded).
 */
@Singleton
@RunAs(Roles.SYSTEM)
public class ReminderTimer {

    private static final Logger LOG = Logger.getLogger(ReminderTimer.class.getName());

    @EJB
    private ReminderService reminders;

    @Schedule(hour = "*", minute = "7", persistent = false, info = "reminder sweep")
    void sweep() {
        try {
            int written = reminders.sweep();
            if (written > 0) {
                LOG.info(() -> "reminders written: " + written);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "reminder sweep failed; the next run tries again", e);
        }
    }

    @Schedule(hour = "*", minute = "*", second = "*/20", persistent = false, info = "reminder mail")
    void mail() {
        try {
            reminders.mailPending();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "reminder mail failed; the next run tries again", e);
        }
    }
}
