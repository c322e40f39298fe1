package cn.bjip.outlets.audit;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Which audit entries the office looks at: by whom (user name, exact), what (an action), on what (an object kind and,
 * optionally, its id) and when (Beijing days, both ends included). Every part may be null (no filter).
 */
public record AuditFilter(String actor, String action, String entityType, String entityId, LocalDate from, LocalDate to)
        implements Serializable {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }
}
