package cn.bjip.outlets.supervision;

import cn.bjip.outlets.outlet.OutletView;
import cn.bjip.outlets.record.MetricReport;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A quarter's ledger as shown and exported: the outlet, where the ledger stands, when it is due, and the figures of
 * the quarter's service records (the core breakdowns and the plugin's metrics), computed from the records.
 */
public record Ledger(OutletView outlet, int year, int quarter, LedgerState state, LocalDate dueOn, boolean overdue,
                     boolean quarterOver, String remarks, Instant submittedAt, String submittedBy, String reopenReason,
                     MetricReport figures) {
}
