package cn.bjip.outlets.platform;

/**
 * The SQL statements prepared on the current thread since {@link #reset()} (counted by {@link StatementCounter}): what
 * a request costs in round trips to the database, so that a test can prove a list makes no query per row (N+1).
 */
public final class StatementCount {

    private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[1]);

    private StatementCount() {
    }

    public static void reset() {
        COUNT.get()[0] = 0;
    }

    public static int get() {
        return COUNT.get()[0];
    }

    static void increment() {
        COUNT.get()[0]++;
    }
}
