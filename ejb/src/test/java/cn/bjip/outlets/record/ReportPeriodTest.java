package cn.bjip.outlets.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.bjip.outlets.platform.BusinessRuleViolation;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("R-8.1")
class ReportPeriodTest {

    @Test
    @DisplayName("R-8.1 metrics are asked for by month, quarter or year")
    void periods() {
        assertEquals(new ReportPeriod("2026-Q2", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 7, 1)), ReportPeriod.parse("2026-q2"));
        assertEquals(new ReportPeriod("2026-12", LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 1)), ReportPeriod.parse("2026-12"));
        assertEquals(12, ReportPeriod.parse("2026").months().size());
        assertEquals(List.of(YearMonth.of(2026, 4), YearMonth.of(2026, 5), YearMonth.of(2026, 6)),
                ReportPeriod.parse("2026-Q2").months());
        ReportPeriod q3 = ReportPeriod.of(ReportPeriod.Granularity.QUARTER, 2026, 3);
        assertEquals("2026-Q3", q3.name());
        assertEquals(List.of(ReportPeriod.Granularity.QUARTER, 2026, 3), List.of(q3.granularity(), q3.year(), q3.part()));
        assertEquals("2026-12", ReportPeriod.of(ReportPeriod.Granularity.MONTH, 2026, 13).name());
        assertEquals(List.of(ReportPeriod.Granularity.MONTH, 5), List.of(ReportPeriod.parse("2026-05").granularity(),
                ReportPeriod.parse("2026-05").part()));
        assertEquals("period", assertThrows(BusinessRuleViolation.class, () -> ReportPeriod.parse("2026-Q5")).field());
    }

    @Test
    @Tag("UX-3")
    @DisplayName("UX-3 a period is shown in words of the page's language, never as its code")
    void inWords() {
        assertEquals("2026年第二季度", ReportPeriod.parse("2026-Q2").in(Locale.CHINA));
        assertEquals("Q2 2026", ReportPeriod.parse("2026-Q2").in(Locale.ENGLISH));
        assertEquals("2026年5月", ReportPeriod.parse("2026-05").in(Locale.CHINA));
        assertEquals("May 2026", ReportPeriod.parse("2026-05").in(Locale.ENGLISH));
        assertEquals("2026年", ReportPeriod.parse("2026").in(Locale.CHINA));
        assertEquals("2026年第四季度", ReportPeriod.parse("2026-Q4").in(null), "Chinese by default");
    }
}
