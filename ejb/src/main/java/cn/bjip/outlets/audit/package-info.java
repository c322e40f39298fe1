/**
 * The audit trail: who did what to which object, when, and whether it was done or refused.
 *
 * <p>Every service that changes data calls {@code AuditService.record} in the same transaction as the change; refused
 * calls are recorded by {@code recordRefusal} in a transaction of their own. Entries are append-only (the database
 * refuses UPDATE, DELETE and TRUNCATE) and form a hash chain ({@link cn.bjip.outlets.audit.AuditChain}): numbered
 * without gaps, each carrying the SM3 hash of its content and of the entry before, so that a change, deletion or
 * reordering made past the portal is found by {@code AuditService.verify} or {@code ./portal verify-audit} — unless
 * whoever made it also recomputed every later hash, or removed only the newest entries: the chain is not keyed or
 * anchored outside the database yet. Only the office reads and verifies the trail.
 */
package cn.bjip.outlets.audit;
