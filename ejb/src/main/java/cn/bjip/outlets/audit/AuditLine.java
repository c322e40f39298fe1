package cn.bjip.outlets.audit;

import cn.bjip.outlets.plugin.spi.LocalizedText;
import java.io.Serializable;
import java.time.Instant;

/** One entry of the audit trail as the office reads it: the program's names of action and object, and their words. */
public record AuditLine(long id, long seq, Instant at, String actor, String action, LocalizedText actionName,
                        String entityType, LocalizedText entityName, String entityId, String detail, AuditResult result)
                                implements Serializable {

    static AuditLine of(AuditEntry e) {
        return new AuditLine(e.getId(), e.getSeq(), e.getAt(), e.getActor(), e.getAction(), AuditWords.action(e.getAction()),
                e.getEntityType(), AuditWords.object(e.getEntityType()), e.getEntityId(), e.getDetail(), e.getResult());
    }
}
