package cn.bjip.outlets.platform;

/** The years the portal keeps figures, goals, summaries and recommendations for. */
public final class Years {

    public static final int FIRST = 2000;
    public static final int LAST = 2100;

    private Years() {
    }

    /** Refuses a year outside {@link #FIRST}..{@link #LAST}, naming the field {@code year}. */
    public static int check(int year) {
        if (year < FIRST || year > LAST) {
            throw new BusinessRuleViolation("year.range", "year", year, FIRST, LAST);
        }
        return year;
    }
}
