package cn.bjip.outlets.supervision;

import cn.bjip.outlets.platform.PortalClock;
import cn.bjip.outlets.record.ReportPeriod;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** When a quarter's ledger is due (Art. 14: every quarter): by the 15th day of the month after the quarter. */
public final class LedgerDue {

    public static final int DAY_OF_NEXT_MONTH = 15;

    private LedgerDue() {
    }

    /** A quarter of a year. */
    public record Quarter(int year, int quarter) {
    }

    /** The quarter {@code day} falls in. */
    public static Quarter quarterOf(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    /** The last quarter that has ended by {@code today}: the one whose ledger is being prepared. */
    public static Quarter lastEnded(LocalDate today) {
        return quarterOf(today.withDayOfMonth(1).minusMonths((today.getMonthValue() - 1) % 3).minusDays(1));
    }

    public static ReportPeriod quarter(int year, int quarter) {
        return ReportPeriod.of(ReportPeriod.Granularity.QUARTER, year, quarter);
    }

    public static LocalDate dueOn(int year, int quarter) {
        return quarter(year, quarter).endExclusive().withDayOfMonth(DAY_OF_NEXT_MONTH);
    }

    /** The quarter is over on {@code today}: its ledger can be submitted. */
    public static boolean over(int year, int quarter, LocalDate today) {
        return !today.isBefore(quarter(year, quarter).endExclusive());
    }

    /** Days a ledger submitted at {@code submittedAt} came after its due day (Beijing time); 0 when on time or not submitted. */
    public static int daysLate(int year, int quarter, Instant submittedAt) {
        if (submittedAt == null) {
            return 0;
        }
        long late = ChronoUnit.DAYS.between(dueOn(year, quarter), submittedAt.atZone(PortalClock.BEIJING).toLocalDate());
        return (int) Math.max(0, late);
    }

    public static boolean overdue(int year, int quarter, LedgerState state, LocalDate today) {
        return state != LedgerState.SUBMITTED && today.isAfter(dueOn(year, quarter));
    }
}
