package cn.bjip.outlets.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("R-14.1")
class LedgerDueTest {

    @Test
    @DisplayName("R-14.1 a quarter's ledger is due on the 15th of the next month; a submitted one is never overdue")
    void dueAndOverdue() {
        assertEquals(LocalDate.of(2026, 4, 15), LedgerDue.dueOn(2026, 1));
        assertEquals(LocalDate.of(2027, 1, 15), LedgerDue.dueOn(2026, 4));
        assertFalse(LedgerDue.overdue(2026, 1, LedgerState.NOT_SUBMITTED, LocalDate.of(2026, 4, 15)));
        assertTrue(LedgerDue.overdue(2026, 1, LedgerState.NOT_SUBMITTED, LocalDate.of(2026, 4, 16)));
        assertTrue(LedgerDue.overdue(2026, 1, LedgerState.REOPENED, LocalDate.of(2026, 5, 1)));
        assertFalse(LedgerDue.overdue(2026, 1, LedgerState.SUBMITTED, LocalDate.of(2026, 12, 1)));
    }

    @Test
    @DisplayName("R-14.1 the quarter being prepared is the last one that ended; it can be submitted from the first day after it")
    void lastEnded() {
        assertEquals(new LedgerDue.Quarter(2026, 3), LedgerDue.lastEnded(LocalDate.of(2026, 11, 26)));
        assertEquals(new LedgerDue.Quarter(2025, 4), LedgerDue.lastEnded(LocalDate.of(2026, 1, 1)));
        assertEquals(new LedgerDue.Quarter(2026, 1), LedgerDue.lastEnded(LocalDate.of(2026, 6, 30)));
        assertFalse(LedgerDue.over(2026, 2, LocalDate.of(2026, 6, 30)));
        assertTrue(LedgerDue.over(2026, 2, LocalDate.of(2026, 7, 1)));
    }

    @Test
    @Tag("UX-3")
    @DisplayName("UX-3 a ledger submitted after its due day is late by the days between, in Beijing time; on time or not submitted, 0")
    void daysLate() {
        Instant dueDayEvening = ZonedDateTime.of(2026, 4, 15, 23, 30, 0, 0, ZoneId.of("Asia/Shanghai")).toInstant();
        assertEquals(0, LedgerDue.daysLate(2026, 1, dueDayEvening), "on the due day, however late in it");
        assertEquals(1, LedgerDue.daysLate(2026, 1, dueDayEvening.plusSeconds(3600)), "just after midnight in Beijing");
        assertEquals(42, LedgerDue.daysLate(2026, 1, dueDayEvening.plus(Duration.ofDays(42))));
        assertEquals(0, LedgerDue.daysLate(2026, 1, null));
    }
}
