package cn.bjip.outlets.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** The one clock of the portal (Beijing time). Tests of time-dependent rules replace it with a fixed clock. */
@ApplicationScoped
public class ClockProducer {

    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(BEIJING);
    }
}
