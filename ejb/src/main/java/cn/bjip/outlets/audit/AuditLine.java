package cn.bjip.outlets.audit;

import java.time.Instant;

/** One entry of the audit trail as the office reads it. */
public record AuditLine(long id, Instant at, String actor, String action, String entityType, String entityId,
                        String detail) {

    static AuditLine of(AuditEntry e) {
        return new AuditLine(e.getId(), e.getAt(), e.getActor(), e.getAction(), e.getEntityType(), e.getEntityId(),
                e.getDetail());
    }
}
