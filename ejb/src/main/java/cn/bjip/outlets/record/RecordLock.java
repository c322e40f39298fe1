package cn.bjip.outlets.record;

import cn.bjip.outlets.outlet.Outlet;
import java.time.LocalDate;
import java.util.function.Predicate;

/**
 * Something that keeps an outlet's records of some days from changing: a submitted quarterly ledger freezes its
 * quarter. The record service asks every lock before it offers or allows a change; locks live where their rule does.
 */
public interface RecordLock {

    /** The days whose records of {@code outlet} are locked now, as a test (one look-up for many records). */
    Predicate<LocalDate> lockedDays(Outlet outlet);

    /** Refuses, naming why, a change of a record of {@code outlet} dated {@code day} if that day is locked. */
    void refuseChange(Outlet outlet, LocalDate day);
}
