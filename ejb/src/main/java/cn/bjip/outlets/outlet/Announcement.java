package cn.bjip.outlets.outlet;

import java.time.LocalDate;

/** A change of the outlet list as the public reads it: accredited, renewed, changed, rectification, removed. */
public record Announcement(long id, LocalDate effectiveOn, ListChangeKind kind, String outletCode, String outletName,
                           String networkType, String detail) {

    static Announcement of(ListChange c) {
        return new Announcement(c.getId(), c.getEffectiveOn(), c.getKind(), c.getOutletCode(), c.getOutletName(),
                c.getNetworkType(), c.getDetail());
    }
}
