package cn.bjip.outlets.record;

import cn.bjip.outlets.outlet.Outlet;
import java.time.LocalDate;

/**
 * Fired before a service record of {@code outlet} dated {@code serviceDate} is created, changed or deleted, so that
 * other parts of the portal can refuse the change (a submitted quarterly ledger freezes its quarter's records).
 */
public record RecordChanging(Outlet outlet, LocalDate serviceDate) {
}
