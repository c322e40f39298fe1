package cn.bjip.outlets.outlet;

import static cn.bjip.outlets.platform.Roles.CENTER_STAFF;
import static cn.bjip.outlets.platform.Roles.OFFICE_ADMIN;
import static cn.bjip.outlets.platform.Roles.OUTLET_STAFF;

import cn.bjip.outlets.audit.AuditService;
import cn.bjip.outlets.platform.BusinessRuleViolation;
import cn.bjip.outlets.platform.PageResult;
import cn.bjip.outlets.platform.PlainText;
import cn.bjip.outlets.plugin.PluginRegistry;
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
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The boundary for outlets: center staff and the office create and list them; outlet staff see their own. */
@Stateless
public class OutletService {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private PluginRegistry plugins;

    @Inject
    private Clock clock;

    @EJB
    private AuditService audit;

    @Inject
    private OutletScope scope;

    @Resource
    private SessionContext context;

    /**
     * Registers an outlet. Only the office may give it an accreditation date: that registers an outlet accredited
     * before the portal (from the paper and Excel records), listed and announced from then on.
     */
    @RolesAllowed({CENTER_STAFF, OFFICE_ADMIN})
    public OutletView create(@NotNull @Valid OutletRegistration registration) {
        if (registration.getAccreditedOn() != null && !context.isCallerInRole(OFFICE_ADMIN)) {
            throw new BusinessRuleViolation("outlet.accreditedOn.officeOnly", "accreditedOn");
        }
        Outlet created = persist(registration.toOutlet());
        if (created.getAccreditedOn() != null) {
            em.persist(new ListChange(created.getAccreditedOn(), ListChangeKind.ACCREDITED, created, null));
        }
        return OutletView.of(created);
    }

    private Outlet persist(Outlet outlet) {
        if (plugins.find(outlet.getNetworkType()).isEmpty()) {
            throw new BusinessRuleViolation("outlet.type.unknown", "networkType", outlet.getNetworkType());
        }
        if (scope.byCode(outlet.getCode()).isPresent()) {
            throw new BusinessRuleViolation("outlet.code.taken", "code", outlet.getCode());
        }
        outlet.setCreatedAt(clock.instant());
        em.persist(outlet);
        audit.record("outlet.created", "Outlet", outlet.getCode(),
                outlet.getNetworkType() + " " + outlet.getNameZh());
        return outlet;
    }

    /**
     * Accredits an institution as a new outlet from {@code day}: the outlet gets the next free code
     * of its type, {@code BJ-<TYPE>-nnn}, and the accreditation is announced on the list-change page.
     */
    @RolesAllowed(OFFICE_ADMIN)
    public Outlet accredit(@NotNull Outlet outlet, @NotNull LocalDate day, String announcement) {
        outlet.setCode(nextCode(outlet.getNetworkType()));
        outlet.setAccreditedOn(day);
        Outlet created = persist(outlet);
        em.persist(new ListChange(day, ListChangeKind.ACCREDITED, created, ListChange.typed(announcement)));
        return created;
    }

    /** Renews an accredited outlet for three more years, announced on the list-change page. */
    @RolesAllowed(OFFICE_ADMIN)
    public Outlet renew(@NotNull Outlet outlet, @NotNull LocalDate day, String announcement) {
        Outlet managed = em.merge(outlet);
        managed.renew(day);
        em.persist(new ListChange(day, ListChangeKind.RENEWED, managed, ListChange.typed(announcement)));
        audit.record("outlet.renewed", "Outlet", managed.getCode(), "有效期至 " + managed.getExpiresOn());
        return managed;
    }

    private String nextCode(String networkType) {
        String prefix = "BJ-" + networkType.toUpperCase(Locale.ROOT) + "-";
        Number last = (Number) em.createNativeQuery("select max(cast(substring(code from '([0-9]+)$') as integer)) "
                + "from outlet where code like ?1 and code ~ '[0-9]+$'").setParameter(1, prefix + "%").getSingleResult();
        return prefix + String.format("%03d", last == null ? 1 : last.intValue() + 1);
    }

    /** One page of outlets ordered by code, paged in the database; size 0 counts only. */
    @RolesAllowed({CENTER_STAFF, OFFICE_ADMIN})
    public PageResult<OutletView> page(int first, int size) {
        return PageResult.of(em.createQuery("select o from Outlet o order by o.code", Outlet.class),
                em.createQuery("select count(o) from Outlet o", Long.class), first, size).map(OutletView::of);
    }

    /** At most ten outlets whose code or Chinese name holds {@code text} (ignoring case), by code: for outlet pickers. */
    @RolesAllowed({CENTER_STAFF, OFFICE_ADMIN})
    public List<OutletView> suggest(String text) {
        PlainText.require("q", text);
        String like = PlainText.containedLike(text);
        if (like == null) {
            return List.of();
        }
        return em.createQuery("select o from Outlet o where lower(o.code) like :q escape '\\' "
                        + "or lower(o.profile.nameZh) like :q escape '\\' order by o.code", Outlet.class)
                .setParameter("q", like).setMaxResults(10).getResultStream().map(OutletView::of).toList();
    }

    @RolesAllowed({CENTER_STAFF, OFFICE_ADMIN})
    public List<NetworkTypeCount> countByNetworkType() {
        return em.createQuery("select new cn.bjip.outlets.outlet.NetworkTypeCount(o.networkType, count(o)) "
                + "from Outlet o group by o.networkType order by o.networkType", NetworkTypeCount.class).getResultList();
    }

    @RolesAllowed({CENTER_STAFF, OFFICE_ADMIN})
    public Optional<OutletView> findByCode(String code) {
        return scope.byCode(code).map(OutletView::of);
    }

    /** The outlet the calling outlet-staff account is bound to (token claim {@code outlet_code}). */
    @RolesAllowed(OUTLET_STAFF)
    public OutletView myOutlet() {
        return OutletView.of(scope.mine());
    }
}
