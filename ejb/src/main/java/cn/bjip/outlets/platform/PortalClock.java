package cn.bjip.outlets.platform;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * The one clock of the portal: every rule about dates asks it, never the system. It is the system clock in
 * Beijing time, moved by an offset. The offset stays zero unless the server was started with
 * {@code -Dportal.clock.adjustable=true} (the test run does), so that expiry and deadline rules can be tested on
 * any day without waiting for it; such a server may also start on a chosen day ({@code -Dportal.clock.start=}an ISO
 * date-time with offset, the moment the server started), so that a test run sees the same dates whatever the real day is.
 */
@ApplicationScoped
public class PortalClock extends Clock {

    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    public static final String ADJUSTABLE = "portal.clock.adjustable";
    public static final String START = "portal.clock.start";

    private final Duration startOffset = startOffset();
    private volatile Duration offset = startOffset;

    public static boolean adjustable() {
        return Boolean.getBoolean(ADJUSTABLE);
    }

    /** Makes the clock show {@code now} from here on. */
    void travelTo(Instant now) {
        if (!adjustable()) {
            throw new BusinessRuleViolation("clock.notAdjustable", null);
        }
        offset = Duration.between(Instant.now(), now);
    }

    /** Back to the day the server started on. */
    void reset() {
        offset = startOffset;
    }

    private static Duration startOffset() {
        String start = System.getProperty(START);
        if (start == null || !adjustable()) {
            return Duration.ZERO;
        }
        // from the server's start, not this deployment's: a redeployed application keeps the same time line
        Instant serverStarted = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
        return Duration.between(serverStarted, OffsetDateTime.parse(start).toInstant());
    }

    @Override
    public ZoneId getZone() {
        return BEIJING;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }
}
