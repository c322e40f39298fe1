package cn.bjip.outlets.it;

import cn.bjip.outlets.platform.ClockControl;
import cn.bjip.outlets.platform.PortalClock;
import cn.bjip.outlets.platform.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.concurrent.Callable;

/** Test helper deployed with in-container tests: calls services in the role of the office, and moves the clock. */
@Stateless
@PermitAll
@RunAs(Roles.OFFICE_ADMIN)
public class AsOffice {

    @EJB
    private ClockControl clock;

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }

    /** The portal clock to noon, Beijing time, of {@code day}. */
    public void travelTo(LocalDate day) {
        clock.travelTo(day.atTime(LocalTime.NOON).atZone(PortalClock.BEIJING).toInstant());
    }

    /** The portal clock back to the server's own. */
    public void realTime() {
        clock.reset();
    }
}
