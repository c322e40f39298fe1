package cn.bjip.outlets.supervision;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("R-14.2")
class SummaryLateTest {

    private static Instant beijing(int year, int month, int day, int hour) {
        return LocalDate.of(year, month, day).atTime(hour, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
    }

    @Test
    @DisplayName("R-14.2 the year-end summary is late when missing after 31 December, or submitted after it (Beijing time)")
    void late() {
        assertFalse(SummaryService.late(2026, null, LocalDate.of(2026, 12, 31)));
        assertTrue(SummaryService.late(2026, null, LocalDate.of(2027, 1, 1)));
        assertFalse(SummaryService.late(2026, beijing(2026, 12, 31, 23), LocalDate.of(2027, 3, 1)));
        assertTrue(SummaryService.late(2026, beijing(2027, 1, 1, 0), LocalDate.of(2027, 3, 1)));
    }
}
