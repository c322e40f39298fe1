package cn.bjip.outlets.audit;

import java.time.Instant;

/** One entry of the audit trail as the office reads it. */
public record AuditLine(long id, long seq, Instant at, String actor, String action, String entityType, String entityId,
                        String detail, AuditResult result) {

    static AuditLine of(AuditEntry e) {
        return new AuditLine(e.getId(), e.getSeq(), e.getAt(), e.getActor(), e.getAction(), e.getEntityType(),
                e.getEntityId(), e.getDetail(), e.getResult());
    }
}
