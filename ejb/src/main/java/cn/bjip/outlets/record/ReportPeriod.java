package cn.bjip.outlets.record;

import cn.bjip.outlets.platform.BusinessRuleViolation;
import cn.bjip.outlets.platform.DateWords;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A reporting period: a month, a quarter or a year, written {@code 2026-05}, {@code 2026-Q2} or {@code 2026}. */
public record ReportPeriod(String name, LocalDate start, LocalDate endExclusive) implements Serializable {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");

    public static ReportPeriod parse(String text) {
        String name = text == null ? "" : text.trim().toUpperCase();
        Matcher m;
        if ((m = YEAR.matcher(name)).matches()) {
            LocalDate start = LocalDate.of(Integer.parseInt(m.group(1)), 1, 1);
            return new ReportPeriod(name, start, start.plusYears(1));
        }
        if ((m = QUARTER.matcher(name)).matches()) {
            LocalDate start = LocalDate.of(Integer.parseInt(m.group(1)), 3 * Integer.parseInt(m.group(2)) - 2, 1);
            return new ReportPeriod(name, start, start.plusMonths(3));
        }
        if ((m = MONTH.matcher(name)).matches()) {
            LocalDate start = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1);
            return new ReportPeriod(name, start, start.plusMonths(1));
        }
        throw new BusinessRuleViolation("metric.period", "period", text);
    }

    /** How long a period is. */
    public enum Granularity { YEAR, QUARTER, MONTH }

    public static ReportPeriod year(int year) {
        return parse(String.valueOf(year));
    }

    /** The {@code part}-th quarter or month of {@code year} (clamped to 1–4 or 1–12), or the whole year. */
    public static ReportPeriod of(Granularity granularity, int year, int part) {
        return switch (granularity) {
            case YEAR -> year(year);
            case QUARTER -> parse(year + "-Q" + Math.min(Math.max(part, 1), 4));
            case MONTH -> parse(year + "-" + String.format("%02d", Math.min(Math.max(part, 1), 12)));
        };
    }

    public Granularity granularity() {
        int months = months().size();
        return months == 12 ? Granularity.YEAR : months == 3 ? Granularity.QUARTER : Granularity.MONTH;
    }

    /** The period in words of the language of {@code locale}: "2026年第二季度", "Q2 2026". */
    public String in(Locale locale) {
        return switch (granularity()) {
            case YEAR -> DateWords.year(year(), locale);
            case QUARTER -> DateWords.quarter(year(), part(), locale);
            case MONTH -> DateWords.month(YearMonth.from(start), locale);
        };
    }

    public int year() {
        return start.getYear();
    }

    /** Which quarter or month of its year the period is; 1 for a year. */
    public int part() {
        return switch (granularity()) {
            case YEAR -> 1;
            case QUARTER -> (start.getMonthValue() + 2) / 3;
            case MONTH -> start.getMonthValue();
        };
    }

    /** The months the period covers, in order: the points of a chart. */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(start); m.isBefore(YearMonth.from(endExclusive)); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }
}
