package cn.bjip.outlets.supervision;

import static cn.bjip.outlets.platform.Roles.CENTER_STAFF;
import static cn.bjip.outlets.platform.Roles.OFFICE_ADMIN;
import static cn.bjip.outlets.platform.Roles.OUTLET_STAFF;

import cn.bjip.outlets.audit.AuditService;
import cn.bjip.outlets.outlet.ListChange;
import cn.bjip.outlets.outlet.ListChangeKind;
import cn.bjip.outlets.outlet.Outlet;
import cn.bjip.outlets.outlet.OutletAccounts;
import cn.bjip.outlets.outlet.OutletScope;
import cn.bjip.outlets.outlet.OutletStatus;
import cn.bjip.outlets.platform.BusinessRuleViolation;
import cn.bjip.outlets.platform.CallerIdentity;
import cn.bjip.outlets.platform.DateWords;
import cn.bjip.outlets.platform.NotFound;
import cn.bjip.outlets.platform.Reasons;
import cn.bjip.outlets.plugin.spi.LocalizedText;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Compliance: rectifications of six months, disqualification when one ends unresolved (no
 * application the next year), revocation for false materials, misuse of the name or illegal activity (none for
 * three years). Each is announced on the public list-change page and takes the outlet off the directory.
 */
@Stateless
public class ComplianceService {

    public static final Period REVOCATION_BAR = Period.ofYears(3);

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private OutletScope scope;

    @EJB
    private CallerIdentity caller;

    @EJB
    private AuditService audit;

    @EJB
    private OutletAccounts accounts;

    @Resource
    private SessionContext context;

    @RolesAllowed(CENTER_STAFF)
    public RectificationView open(String outletCode, String reasons) {
        String why = Reasons.required(reasons);
        Outlet outlet = active(outletCode);
        if (em.createQuery("select count(r) from Rectification r where r.outlet = :outlet and r.state in :open", Long.class)
                .setParameter("outlet", outlet).setParameter("open", List.of(RectificationState.OPEN, RectificationState.ANSWERED))
                .getSingleResult() > 0) {
            throw new BusinessRuleViolation("rectification.alreadyOpen", null, outletCode);
        }
        LocalDate today = today();
        Rectification rectification = new Rectification(outlet, today, why, caller.name());
        em.persist(rectification);
        em.persist(new ListChange(today, ListChangeKind.RECTIFICATION, outlet, rectifyBy(rectification.getDeadline())));
        audit.record("rectification.opened", "Outlet", outletCode, why);
        return view(rectification);
    }

    private static LocalizedText rectifyBy(LocalDate deadline) {
        return LocalizedText.of("整改期至" + DateWords.of(deadline, Locale.CHINA), "Rectify by " + DateWords.of(deadline, Locale.ENGLISH));
    }

    /** The outlet answers with its rectification measures (again, until it is closed). */
    @RolesAllowed(OUTLET_STAFF)
    public RectificationView answer(long id, String measures) {
        Rectification rectification = find(id);
        if (!actions(rectification).contains(RectificationAction.ANSWER)) {
            throw new BusinessRuleViolation("rectification.closed", null);
        }
        rectification.answer(Reasons.required(measures), clock.instant());
        audit.record("rectification.answered", "Outlet", rectification.getOutlet().getCode(), measures);
        return view(rectification);
    }

    @RolesAllowed(CENTER_STAFF)
    public RectificationView resolve(long id, String note) {
        Rectification rectification = find(id);
        rectification.resolve(today(), caller.name(), Reasons.optional(note));
        audit.record("rectification.resolved", "Outlet", rectification.getOutlet().getCode(), note);
        return view(rectification);
    }

    /** After the deadline, an unresolved rectification disqualifies the outlet; it may not apply the next year. */
    @RolesAllowed(CENTER_STAFF)
    public RectificationView disqualify(long id, String note) {
        String why = Reasons.required(note);
        Rectification rectification = find(id);
        LocalDate today = today();
        rectification.disqualify(today, caller.name(), why);
        Outlet outlet = rectification.getOutlet();
        end(outlet, OutletStatus.DISQUALIFIED, ListChangeKind.DISQUALIFIED, BarReason.DISQUALIFIED, why,
                LocalDate.of(today.getYear() + 1, 12, 31));
        return view(rectification);
    }

    /** The office revokes an outlet (Art. 15); the institution may not apply for three years. */
    @RolesAllowed(OFFICE_ADMIN)
    public void revoke(String outletCode, BarReason ground, String reason) {
        String why = Reasons.required(reason);
        if (ground == null || !ground.revocation()) {
            throw new BusinessRuleViolation("revocation.ground", "ground");
        }
        Outlet outlet = active(outletCode);
        end(outlet, OutletStatus.REVOKED, ListChangeKind.REVOKED, ground, why, today().plus(REVOCATION_BAR));
    }

    private void end(Outlet outlet, OutletStatus status, ListChangeKind announcement, BarReason ground, String why,
                     LocalDate barredUntil) {
        outlet.endStanding(status);
        em.persist(new ApplicationBar(outlet, ground, why, barredUntil, clock.instant(), caller.name()));
        em.persist(new ListChange(today(), announcement, outlet, ground.label()));
        audit.record("outlet." + status.name().toLowerCase(Locale.ROOT), "Outlet", outlet.getCode(),
                ground.label().zh() + "，" + barredUntil + " 前不得申报：" + why);
        em.flush();
        accounts.unbindAll(outlet.getCode());
    }

    /** The bar, if any, on an institution applying today (names compared without case). */
    @PermitAll
    public Optional<ApplicationBar> barOn(String institution) {
        if (institution == null) {
            return Optional.empty();
        }
        return em.createQuery("select b from ApplicationBar b where lower(b.institution) = :name and b.barredUntil >= :today "
                        + "order by b.barredUntil desc", ApplicationBar.class)
                .setParameter("name", institution.strip().toLowerCase(Locale.ROOT)).setParameter("today", today())
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** Rectifications not yet closed, soonest deadline first; overdue ones are past it. */
    @RolesAllowed({CENTER_STAFF, OFFICE_ADMIN})
    public List<RectificationView> open() {
        return em.createQuery("select r from Rectification r join fetch r.outlet where r.state in :open order by r.deadline",
                        Rectification.class)
                .setParameter("open", List.of(RectificationState.OPEN, RectificationState.ANSWERED))
                .setMaxResults(500).getResultStream().map(this::view).toList();
    }

    /** The caller's outlet's rectifications, newest first. */
    @RolesAllowed(OUTLET_STAFF)
    public List<RectificationView> mine() {
        return em.createQuery("select r from Rectification r where r.outlet = :outlet order by r.openedOn desc, r.id desc",
                Rectification.class).setParameter("outlet", scope.mine()).getResultStream().map(this::view).toList();
    }

    private RectificationView view(Rectification r) {
        return new RectificationView(r.getId(), r.getOutlet().getCode(), r.getOutlet().getNameZh(), r.getState(),
                r.getOpenedOn(), r.getDeadline(), r.getReasons(), r.getMeasures(), r.getClosedOn(), r.getClosingNote(),
                r.overdueOn(today()), actions(r));
    }

    /** The outlet answers an open rectification; center staff resolve it, or disqualify once its deadline passed. */
    private Set<RectificationAction> actions(Rectification r) {
        Set<RectificationAction> actions = EnumSet.noneOf(RectificationAction.class);
        if (r.getState().closed()) {
            return actions;
        }
        if (context.isCallerInRole(OUTLET_STAFF)) {
            actions.add(RectificationAction.ANSWER);
        }
        if (context.isCallerInRole(CENTER_STAFF)) {
            actions.add(RectificationAction.RESOLVE);
            if (r.overdueOn(today())) {
                actions.add(RectificationAction.DISQUALIFY);
            }
        }
        return actions;
    }

    /** A rectification: outlet staff see their own outlet's only. */
    private Rectification find(long id) {
        Rectification rectification = em.find(Rectification.class, id);
        if (rectification == null || !scope.reaches(rectification.getOutlet())) {
            throw new NotFound("rectification.notFound", id);
        }
        return rectification;
    }

    private Outlet active(String outletCode) {
        Outlet outlet = scope.reachable(outletCode);
        if (outlet.getStatus() != OutletStatus.ACTIVE) {
            throw new BusinessRuleViolation("outlet.notActive", null, outletCode);
        }
        return outlet;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
