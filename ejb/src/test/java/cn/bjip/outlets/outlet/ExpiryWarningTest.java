package cn.bjip.outlets.outlet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("R-6.1")
class ExpiryWarningTest {

    private static final LocalDate EXPIRES = LocalDate.of(2029, 6, 1);

    @Test
    @DisplayName("R-6.1 warned from 90 days before expiry, again from 30, expired on the day")
    void levels() {
        assertEquals(ExpiryWarning.NONE, ExpiryWarning.of(EXPIRES, EXPIRES.minusDays(91)));
        assertEquals(ExpiryWarning.WITHIN_90_DAYS, ExpiryWarning.of(EXPIRES, EXPIRES.minusDays(90)));
        assertEquals(ExpiryWarning.WITHIN_90_DAYS, ExpiryWarning.of(EXPIRES, EXPIRES.minusDays(31)));
        assertEquals(ExpiryWarning.WITHIN_30_DAYS, ExpiryWarning.of(EXPIRES, EXPIRES.minusDays(30)));
        assertEquals(ExpiryWarning.WITHIN_30_DAYS, ExpiryWarning.of(EXPIRES, EXPIRES.minusDays(1)));
        assertEquals(ExpiryWarning.EXPIRED, ExpiryWarning.of(EXPIRES, EXPIRES));
    }

    @Test
    @DisplayName("R-6.1 valid three years from accreditation; renewable in the last year, adding three years to the current expiry")
    void validity() {
        Outlet outlet = new Outlet();
        outlet.setAccreditedOn(LocalDate.of(2026, 6, 1));
        assertEquals(EXPIRES, outlet.getExpiresOn());
        assertTrue(outlet.listedOn(EXPIRES.minusDays(1)));
        assertFalse(outlet.listedOn(EXPIRES));
        assertFalse(outlet.renewableOn(EXPIRES.minusYears(1).minusDays(1)), "not before the last year");
        assertTrue(outlet.renewableOn(EXPIRES.minusYears(1)));
        assertFalse(outlet.renewableOn(EXPIRES), "not once expired");
        outlet.renew(LocalDate.of(2029, 3, 1));
        assertEquals(LocalDate.of(2032, 6, 1), outlet.getExpiresOn());
    }
}
