package cn.bjip.outlets.audit;

import static cn.bjip.outlets.platform.Roles.OFFICE_ADMIN;

import cn.bjip.outlets.platform.CallerIdentity;
import cn.bjip.outlets.platform.PageResult;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/** The audit trail. Every service records its changes here, in the caller's transaction; the office reads it. */
@Stateless
public class AuditService {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private CallerIdentity caller;

    /** Records a change made by the current caller; the actor is taken from the security context, never passed in. */
    @PermitAll
    public void record(String action, String entityType, String entityId, String detail) {
        em.persist(new AuditEntry(clock.instant(), caller.name(), action, entityType, entityId, detail));
    }

    /** The newest entries first, paged in the database; size 0 counts only. */
    @RolesAllowed(OFFICE_ADMIN)
    public PageResult<AuditLine> recent(int first, int size) {
        return PageResult.of(em.createQuery("select a from AuditEntry a order by a.at desc, a.id desc", AuditEntry.class),
                em.createQuery("select count(a) from AuditEntry a", Long.class), first, size).map(AuditLine::of);
    }
}
