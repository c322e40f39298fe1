package cn.bjip.outlets.outlet;

import static cn.bjip.outlets.platform.Roles.CENTER_STAFF;
import static cn.bjip.outlets.platform.Roles.OFFICE_ADMIN;
import static cn.bjip.outlets.platform.Roles.OUTLET_STAFF;

import cn.bjip.outlets.platform.NotFound;
import cn.bjip.outlets.platform.PageResult;
import cn.bjip.outlets.platform.PlainText;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The published outlet directory (名录, R-6.2) and list-change announcements, open to everyone; and, for
 * staff, which accreditations are about to end. An outlet is listed from its accreditation day until the day
 * it expires: expiry takes it off the directory without anybody acting.
 */
@Stateless
public class DirectoryService {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private OutletScope scope;

    /** A filter of the public directory; every part may be null (no filter). */
    public record Filter(String networkType, BeijingDistrict district, IpField ipField, String name) {
        public static Filter none() {
            return new Filter(null, null, null, null);
        }
    }

    /** The outlets accredited and not expired today, filtered, ordered by type and code, paged in the database. */
    @PermitAll
    public PageResult<ListedOutlet> listed(Filter filter, int first, int size) {
        String where = " from Outlet o where o.status = cn.bjip.outlets.outlet.OutletStatus.ACTIVE"
                + " and o.accreditedOn <= :today and o.expiresOn > :today"
                + (filter.networkType() == null ? "" : " and o.networkType = :type")
                + (filter.district() == null ? "" : " and o.profile.district = :district")
                + (filter.ipField() == null ? "" : " and :field member of o.ipFields")
                + (PlainText.containedLike(filter.name()) == null ? ""
                        : " and (lower(o.profile.nameZh) like :name escape '\\' or lower(o.profile.nameEn) like :name escape '\\')");
        TypedQuery<Outlet> rows = bind(em.createQuery("select o" + where + " order by o.networkType, o.code", Outlet.class), filter);
        TypedQuery<Long> count = bind(em.createQuery("select count(o)" + where, Long.class), filter);
        return PageResult.of(rows, count, first, size).map(ListedOutlet::of);
    }

    /** One outlet of the public directory, by its code; one that is not listed today is not found. */
    @PermitAll
    public ListedOutlet listedOne(String code) {
        if (code == null || !Outlet.CODE.matcher(code).matches()) {
            throw new NotFound("outlet.notListed", code == null ? "" : code);
        }
        return em.createQuery("select o from Outlet o where o.code = :code and o.status = cn.bjip.outlets.outlet.OutletStatus.ACTIVE"
                        + " and o.accreditedOn <= :today and o.expiresOn > :today", Outlet.class)
                .setParameter("code", code).setParameter("today", today())
                .getResultStream().findFirst().map(ListedOutlet::of)
                .orElseThrow(() -> new NotFound("outlet.notListed", code));
    }

    private <T> TypedQuery<T> bind(TypedQuery<T> query, Filter filter) {
        query.setParameter("today", today());
        if (filter.networkType() != null) {
            query.setParameter("type", filter.networkType());
        }
        if (filter.district() != null) {
            query.setParameter("district", filter.district());
        }
        if (filter.ipField() != null) {
            query.setParameter("field", filter.ipField());
        }
        String name = PlainText.containedLike(filter.name());
        if (name != null) {
            query.setParameter("name", name);
        }
        return query;
    }

    /** The list-change announcements, newest first. */
    @PermitAll
    public PageResult<Announcement> announcements(int first, int size) {
        return PageResult.of(em.createQuery("select c from ListChange c order by c.effectiveOn desc, c.id desc", ListChange.class),
                em.createQuery("select count(c) from ListChange c", Long.class), first, size).map(Announcement::of);
    }

    /** Listed outlets whose accreditation ends within 90 days, soonest first: what the center must follow up. */
    @RolesAllowed({CENTER_STAFF, OFFICE_ADMIN})
    public List<OutletView> expiringSoon() {
        LocalDate today = today();
        return em.createQuery("select o from Outlet o where o.status = cn.bjip.outlets.outlet.OutletStatus.ACTIVE "
                        + "and o.expiresOn > :today and o.expiresOn <= :limit "
                        + "order by o.expiresOn, o.code", Outlet.class)
                .setParameter("today", today).setParameter("limit", today.plusDays(ExpiryWarning.FIRST_WARNING_DAYS))
                .setMaxResults(PageResult.MAX_SIZE).getResultStream().map(OutletView::of).toList();
    }

    /** How close the caller's own outlet is to the end of its accreditation. */
    @RolesAllowed(OUTLET_STAFF)
    public ExpiryWarning myExpiryWarning() {
        return ExpiryWarning.of(scope.mine().getExpiresOn(), today());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
