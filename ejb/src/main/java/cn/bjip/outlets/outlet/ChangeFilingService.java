package cn.bjip.outlets.outlet;

import java.util.stream.Collectors;
import cn.bjip.outlets.plugin.spi.LocalizedText;
import static cn.bjip.outlets.platform.Roles.CENTER_STAFF;
import static cn.bjip.outlets.platform.Roles.OFFICE_ADMIN;
import static cn.bjip.outlets.platform.Roles.OUTLET_STAFF;

import cn.bjip.outlets.audit.AuditService;
import cn.bjip.outlets.platform.BusinessRuleViolation;
import cn.bjip.outlets.platform.CallerIdentity;
import cn.bjip.outlets.platform.NotFound;
import cn.bjip.outlets.platform.Reasons;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.groups.ConvertGroup;
import jakarta.validation.groups.Default;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

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

    @Inject
    private OutletScope scope;

    @Resource
    private SessionContext context;

    @EJB
    private CallerIdentity caller;

    @EJB
    private AuditService audit;

    /** The caller's outlet files new details; one filing waits at a time, and it must change something. */
    /** The caller's outlet's details as they stand, to change into a filing. */
    @RolesAllowed(OUTLET_STAFF)
    public InstitutionProfile currentDetails() {
        return scope.mine().getProfile();
    }

    @RolesAllowed(OUTLET_STAFF)
    public ChangeFiling file(@NotNull @Valid @ConvertGroup(from = Default.class, to = InstitutionProfile.Complete.class)
                             InstitutionProfile details) {
        Outlet outlet = scope.mine();
        long pending = em.createQuery("select count(c) from OutletChange c where c.outlet = :outlet and c.state = :state",
                Long.class).setParameter("outlet", outlet).setParameter("state", OutletChange.State.PENDING).getSingleResult();
        if (pending > 0) {
            throw new BusinessRuleViolation("change.pending", null);
        }
        List<String> differences = details.differencesFrom(outlet.getProfile());
        if (differences.isEmpty()) {
            throw new BusinessRuleViolation("change.nothing", null);
        }
        OutletChange change = new OutletChange(outlet, details, String.join("\n", differences), clock.instant(), caller.name());
        em.persist(change);
        audit.record("outlet.changeFiled", "Outlet", outlet.getCode(), String.join("; ", differences));
        return view(change);
    }

    @RolesAllowed(CENTER_STAFF)
    public ChangeFiling approve(long id, String note) {
        OutletChange change = pending(id);
        List<LocalizedText> fields = change.getDetails().changedFields(change.getOutlet().getProfile()).stream()
                .map(ProfileDifference::label).toList();
        change.decide(true, Reasons.optional(note), clock.instant(), caller.name());
        // the announcement names what changed, not the old and new values
        em.persist(new ListChange(LocalDate.now(clock), ListChangeKind.CHANGED, change.getOutlet(), LocalizedText.of(
                fields.stream().map(LocalizedText::zh).collect(Collectors.joining("、")),
                fields.stream().map(LocalizedText::en).collect(Collectors.joining(", ")))));
        audit.record("outlet.changeApproved", "Outlet", change.getOutlet().getCode(), change.getPrevious());
        return view(change);
    }

    @RolesAllowed(CENTER_STAFF)
    public ChangeFiling reject(long id, String note) {
        String why = Reasons.required(note);
        OutletChange change = pending(id);
        change.decide(false, why, clock.instant(), caller.name());
        audit.record("outlet.changeRejected", "Outlet", change.getOutlet().getCode(), why);
        return view(change);
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
    public List<ChangeFiling> waiting() {
        return em.createQuery("select c from OutletChange c join fetch c.outlet where c.state = :state order by c.filedAt",
                        OutletChange.class)
                .setParameter("state", OutletChange.State.PENDING).setMaxResults(200).getResultStream().map(this::view).toList();
    }

    /** Every filing of the caller's outlet, newest first. */
    @RolesAllowed(OUTLET_STAFF)
    public List<ChangeFiling> myHistory() {
        return history(scope.mine());
    }

    @RolesAllowed({CENTER_STAFF, OFFICE_ADMIN})
    public List<ChangeFiling> historyOf(String outletCode) {
        return history(scope.reachable(outletCode));
    }

    private List<ChangeFiling> history(Outlet outlet) {
        return em.createQuery("select c from OutletChange c where c.outlet = :outlet order by c.filedAt desc, c.id desc",
                OutletChange.class).setParameter("outlet", outlet).getResultStream().map(this::view).toList();
    }

    /** Center staff approve or reject a pending filing; nobody acts on a decided one. */
    private ChangeFiling view(OutletChange c) {
        Set<ChangeFiling.Action> actions = c.getState() == OutletChange.State.PENDING && context.isCallerInRole(CENTER_STAFF)
                ? EnumSet.of(ChangeFiling.Action.APPROVE, ChangeFiling.Action.REJECT) : Set.of();
        return new ChangeFiling(c.getId(), c.getOutlet().getCode(), c.getOutlet().getNameZh(), c.getState(), c.getDetails(),
                c.getPrevious(), ProfileDifference.of(c.getPrevious()), c.getFiledAt(), c.getFiledBy(), c.getDecidedAt(),
                c.getDecidedBy(), c.getDecisionNote(), actions);
    }
}
