package cn.bjip.outlets.web;

import cn.bjip.outlets.platform.PortalClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** How pages write times: Beijing time, to the minute. */
@Named
@ApplicationScoped
public class Formats {

    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(PortalClock.BEIJING);

    public String time(Instant instant) {
        return instant == null ? "" : MINUTE.format(instant);
    }
}
