package cn.bjip.outlets.supervision;

import java.io.Serializable;
import java.time.Instant;

/** One outlet's line of the network-wide ledger overview for a quarter. */
public record LedgerStatus(String outletCode, String outletName, String networkType, LedgerState state,
                           Instant submittedAt, int daysLate, boolean overdue) implements Serializable {
}
