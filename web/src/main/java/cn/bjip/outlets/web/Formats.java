package cn.bjip.outlets.web;

import cn.bjip.outlets.platform.PortalClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How pages write times (Beijing time, to the minute) and dates (in words of the page's language). */
@Named
@ApplicationScoped
public class Formats {

    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(PortalClock.BEIJING);

    private static final DateTimeFormatter ZH_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    public String time(Instant instant) {
        return instant == null ? "" : MINUTE.format(instant);
    }

    public String date(LocalDate day, Locale locale) {
        if (day == null) {
            return "";
        }
        return (locale != null && "en".equals(locale.getLanguage()) ? EN_DATE : ZH_DATE).format(day);
    }
}
