/**
 * The audit trail: who did what to which object, when, in the same transaction as the change it records.
 *
 * <p>Every service that changes data calls {@code AuditService.record}; only the office reads the trail.
 */
package cn.bjip.outlets.audit;
