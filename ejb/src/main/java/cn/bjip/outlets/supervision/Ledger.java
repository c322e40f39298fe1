package cn.bjip.outlets.supervision;

import cn.bjip.outlets.outlet.OutletView;
import cn.bjip.outlets.record.MetricReport;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * A quarter's ledger as shown and exported: the outlet, where the ledger stands, when it is due, and the figures of
 * the quarter's service records (the core breakdowns and the plugin's metrics), computed from the records, and what the
 * caller may do with it now.
 */
public record Ledger(OutletView outlet, int year, int quarter, LedgerState state, LocalDate dueOn, boolean overdue,
                     boolean quarterOver, String remarks, Instant submittedAt, int daysLate, String submittedBy,
                     String reopenReason, MetricReport figures, Set<Action> actions) implements Serializable {

    /** What the caller may do with the ledger now: its outlet submits it once the quarter is over; the center reopens it. */
    public enum Action {
        SUBMIT,
        REOPEN
    }

    public boolean may(String action) {
        return actions.contains(Action.valueOf(action));
    }
}
