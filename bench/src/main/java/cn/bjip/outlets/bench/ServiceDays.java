package cn.bjip.outlets.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How many service records fall on each day of the generated period: fewer at the Spring Festival (February) and in
 * the summer holidays, more around World IP Day (April) and at the year's end, few at weekends. The counts add up to
 * exactly the total asked for (largest remainders).
 */
final class ServiceDays {

    /** Relative weight of each month, January first. */
    private static final double[] MONTH = {0.8, 0.5, 1.0, 1.35, 1.1, 1.0, 0.7, 0.65, 1.0, 0.85, 1.2, 1.3};
    private static final double WEEKEND = 0.15;

    private final LocalDate first;
    private final long[] counts;

    ServiceDays(LocalDate first, LocalDate last, long total) {
        this.first = first;
        int days = Math.toIntExact(ChronoUnit.DAYS.between(first, last) + 1);
        double[] weights = new double[days];
        double sum = 0;
        for (int d = 0; d < days; d++) {
            LocalDate day = first.plusDays(d);
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            weights[d] = MONTH[day.getMonthValue() - 1] * (weekend ? WEEKEND : 1);
            sum += weights[d];
        }
        counts = new long[days];
        double[] remainders = new double[days];
        long given = 0;
        for (int d = 0; d < days; d++) {
            double exact = total * weights[d] / sum;
            counts[d] = (long) exact;
            remainders[d] = exact - counts[d];
            given += counts[d];
        }
        for (long left = total - given; left > 0; left--) {
            int best = 0;
            for (int d = 1; d < days; d++) {
                if (remainders[d] > remainders[best]) {
                    best = d;
                }
            }
            counts[best]++;
            remainders[best] = -1;
        }
    }

    int days() {
        return counts.length;
    }

    LocalDate day(int index) {
        return first.plusDays(index);
    }

    long count(int index) {
        return counts[index];
    }
}
