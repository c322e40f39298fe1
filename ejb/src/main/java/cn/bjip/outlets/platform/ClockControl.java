package cn.bjip.outlets.platform;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;

/** Moves the portal clock, on a server started to allow it ({@link PortalClock#ADJUSTABLE}); refused everywhere else. */
@Stateless
@RolesAllowed(Roles.OFFICE_ADMIN)
public class ClockControl {

    @Inject
    private PortalClock clock;

    public void travelTo(Instant now) {
        clock.travelTo(now);
    }

    public void reset() {
        clock.reset();
    }
}
