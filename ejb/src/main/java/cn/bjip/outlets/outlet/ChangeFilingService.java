package cn.bjip.outlets.outlet;

import static cn.bjip.outlets.platform.Roles.CENTER_STAFF;
import static cn.bjip.outlets.platform.Roles.OFFICE_ADMIN;
import static cn.bjip.outlets.platform.Roles.OUTLET_STAFF;

import cn.bjip.outlets.audit.AuditService;
import cn.bjip.outlets.platform.BusinessRuleViolation;
import cn.bjip.outlets.platform.CallerIdentity;
import cn.bjip.outlets.platform.NotFound;
import cn.bjip.outlets.platform.Reasons;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Filing changes of an outlet's details (Art. 7, R-7.1): the outlet files, center staff approve or reject with a
 * note; an approved change takes effect then and is announced on the list-change page. Every filing is kept.
 */
@Stateless
public class ChangeFilingService {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private OutletService outlets;

    @EJB
    private OutletScope scope;

    @EJB
    private CallerIdentity caller;

    @EJB
    private AuditService audit;

    /** The caller's outlet files new details; one filing waits at a time, and it must change something. */
    @RolesAllowed(OUTLET_STAFF)
    public OutletChange file(@NotNull @Valid OutletDetails details) {
        Outlet outlet = scope.mine();
        long pending = em.createQuery("select count(c) from OutletChange c where c.outlet = :outlet and c.state = :state",
                Long.class).setParameter("outlet", outlet).setParameter("state", OutletChange.State.PENDING).getSingleResult();
        if (pending > 0) {
            throw new BusinessRuleViolation("change.pending", null);
        }
        List<String> differences = details.differencesFrom(OutletDetails.of(outlet));
        if (differences.isEmpty()) {
            throw new BusinessRuleViolation("change.nothing", null);
        }
        OutletChange change = new OutletChange(outlet, details, String.join("\n", differences), clock.instant(), caller.name());
        em.persist(change);
        audit.record("outlet.changeFiled", "Outlet", outlet.getCode(), String.join("; ", differences));
        return change;
    }

    @RolesAllowed(CENTER_STAFF)
    public OutletChange approve(long id, String note) {
        OutletChange change = pending(id);
        List<String> fields = change.getDetails().changedFields(OutletDetails.of(change.getOutlet()));
        change.decide(true, Reasons.optional(note), clock.instant(), caller.name());
        // the announcement names what changed, not the old and new values
        em.persist(new ListChange(LocalDate.now(clock), ListChangeKind.CHANGED, change.getOutlet(), String.join(", ", fields)));
        audit.record("outlet.changeApproved", "Outlet", change.getOutlet().getCode(), change.getPrevious());
        return change;
    }

    @RolesAllowed(CENTER_STAFF)
    public OutletChange reject(long id, String note) {
        String why = Reasons.required(note);
        OutletChange change = pending(id);
        change.decide(false, why, clock.instant(), caller.name());
        audit.record("outlet.changeRejected", "Outlet", change.getOutlet().getCode(), why);
        return change;
    }

    private OutletChange pending(long id) {
        OutletChange change = em.find(OutletChange.class, id);
        if (change == null) {
            throw new NotFound("change.notFound", id);
        }
        if (change.getState() != OutletChange.State.PENDING) {
            throw new BusinessRuleViolation("change.decided", null);
        }
        return change;
    }

    /** Filings waiting for a decision, oldest first. */
    @RolesAllowed({CENTER_STAFF, OFFICE_ADMIN})
    public List<OutletChange> waiting() {
        return em.createQuery("select c from OutletChange c where c.state = :state order by c.filedAt", OutletChange.class)
                .setParameter("state", OutletChange.State.PENDING).setMaxResults(200).getResultList();
    }

    /** Every filing of the caller's outlet, newest first. */
    @RolesAllowed(OUTLET_STAFF)
    public List<OutletChange> myHistory() {
        return history(scope.mine());
    }

    @RolesAllowed({CENTER_STAFF, OFFICE_ADMIN})
    public List<OutletChange> historyOf(String outletCode) {
        return history(outlets.findByCode(outletCode).orElseThrow(() -> new NotFound("outlet.notFound", outletCode)));
    }

    private List<OutletChange> history(Outlet outlet) {
        return em.createQuery("select c from OutletChange c where c.outlet = :outlet order by c.filedAt desc, c.id desc",
                OutletChange.class).setParameter("outlet", outlet).getResultList();
    }
}
