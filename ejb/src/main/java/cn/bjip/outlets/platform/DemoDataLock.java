package cn.bjip.outlets.platform;

import jakarta.persistence.EntityManager;

/**
 * Demo data is written by one server at a time (RS-10): each loader holds this PostgreSQL advisory lock for its
 * transaction, so a second server starting at the same moment waits, then finds the data written and adds nothing.
 */
public final class DemoDataLock {

    private static final long LOCK = 0x44454d4f44415441L; // "DEMODATA"

    private DemoDataLock() {
    }

    /** Waits for, and holds until the transaction ends, the demo data's lock. */
    public static void hold(EntityManager em) {
        em.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(" + LOCK + ")) l").getSingleResult();
    }
}
