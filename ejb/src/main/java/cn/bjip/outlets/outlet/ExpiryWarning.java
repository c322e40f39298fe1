package cn.bjip.outlets.outlet;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** How close an outlet's accreditation is to its end: warned 90 and again 30 days ahead. */
public enum ExpiryWarning {
    NONE, WITHIN_90_DAYS, WITHIN_30_DAYS, EXPIRED;

    public static final int FIRST_WARNING_DAYS = 90;
    public static final int SECOND_WARNING_DAYS = 30;

    public static ExpiryWarning of(LocalDate expiresOn, LocalDate today) {
        if (expiresOn == null) {
            return NONE;
        }
        long daysLeft = ChronoUnit.DAYS.between(today, expiresOn);
        if (daysLeft <= 0) {
            return EXPIRED;
        }
        return daysLeft <= SECOND_WARNING_DAYS ? WITHIN_30_DAYS : daysLeft <= FIRST_WARNING_DAYS ? WITHIN_90_DAYS : NONE;
    }
}
