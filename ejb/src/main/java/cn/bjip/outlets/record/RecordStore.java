package cn.bjip.outlets.record;

import static cn.bjip.outlets.platform.Roles.OUTLET_STAFF;

import cn.bjip.outlets.audit.AuditService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The storage step of an import: one chunk of checked records, in a transaction of its own, audited. The one method a
 * bulk path (PostgreSQL {@code COPY}) would replace; the checks before it stay as they are.
 */
@Stateless
public class RecordStore {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @EJB
    private AuditService audit;

    /** Stores {@code records} (file lines {@code firstLine}..{@code lastLine}) and returns how many were stored. */
    @RolesAllowed(OUTLET_STAFF)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int store(List<ServiceRecord> records, int firstLine, int lastLine) {
        records.forEach(em::persist);
        em.flush();
        audit.record("record.imported", "Outlet", records.get(0).getOutlet().getCode(),
                "导入 " + records.size() + " 条（文件第 " + firstLine + "–" + lastLine + " 行）");
        return records.size();
    }
}
