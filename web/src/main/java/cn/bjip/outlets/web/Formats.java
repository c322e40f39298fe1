package cn.bjip.outlets.web;

import cn.bjip.outlets.platform.DateWords;
import cn.bjip.outlets.platform.PortalClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How pages write times (Beijing time, to the minute) and dates and quarters (in words of the page's language). */
@Named
@ApplicationScoped
public class Formats {

    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(PortalClock.BEIJING);

    public String time(Instant instant) {
        return instant == null ? "" : MINUTE.format(instant);
    }

    public String date(LocalDate day, Locale locale) {
        return DateWords.of(day, locale);
    }

    public String quarter(int year, int quarter, Locale locale) {
        return DateWords.quarter(year, quarter, locale);
    }
}
