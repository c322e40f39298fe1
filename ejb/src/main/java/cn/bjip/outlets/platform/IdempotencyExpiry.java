package cn.bjip.outlets.platform;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Forgets idempotency keys after a day, hourly (any server may do it: deleting twice deletes nothing more). */
@Singleton
public class IdempotencyExpiry {

    private static final Logger LOG = Logger.getLogger(IdempotencyExpiry.class.getName());

    @Inject
    private Idempotency idempotency;

    @Schedule(hour = "*", minute = "23", persistent = false, info = "idempotency keys expiry")
    void expire() {
        try {
            int forgotten = idempotency.expire();
            LOG.fine(() -> forgotten + " idempotency keys forgotten");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "idempotency keys could not be expired", e);
        }
    }
}
