package cn.bjip.outlets.supervision;

import static cn.bjip.outlets.platform.Roles.CENTER_STAFF;
import static cn.bjip.outlets.platform.Roles.OFFICE_ADMIN;
import static cn.bjip.outlets.platform.Roles.OUTLET_STAFF;

import cn.bjip.outlets.audit.AuditService;
import cn.bjip.outlets.outlet.OutletScope;
import cn.bjip.outlets.platform.BusinessRuleViolation;
import cn.bjip.outlets.platform.CallerIdentity;
import cn.bjip.outlets.platform.PageResult;
import cn.bjip.outlets.plugin.PluginRegistry;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;

/** Notices of trainings, guidance and exchange events: the office and the center publish; outlets read theirs. */
@Stateless
public class NoticeService {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private PluginRegistry plugins;

    @Inject
    private OutletScope scope;

    @EJB
    private CallerIdentity caller;

    @EJB
    private AuditService audit;

    @RolesAllowed({CENTER_STAFF, OFFICE_ADMIN})
    public PublishedNotice publish(@NotNull @Valid NoticeDraft draft) {
        Notice notice = draft.toNotice();
        for (String type : notice.getAudience()) {
            if (plugins.find(type).isEmpty()) {
                throw new BusinessRuleViolation("outlet.type.unknown", "audience", type);
            }
        }
        notice.published(clock.instant(), caller.name());
        em.persist(notice);
        audit.record("notice.published", "Notice", String.valueOf(notice.getId()), notice.getTitle());
        return PublishedNotice.of(notice);
    }

    /** Every notice, newest first, for those who publish them. */
    @RolesAllowed({CENTER_STAFF, OFFICE_ADMIN})
    public PageResult<PublishedNotice> all(int first, int size) {
        return PageResult.of(em.createQuery("select n from Notice n order by n.publishedAt desc, n.id desc", Notice.class),
                em.createQuery("select count(n) from Notice n", Long.class), first, size).map(PublishedNotice::of);
    }

    /** The notices for the caller's outlet: those for every outlet and those for its network type, newest first. */
    @RolesAllowed(OUTLET_STAFF)
    public PageResult<PublishedNotice> mine(int first, int size) {
        String type = scope.mine().getNetworkType();
        String where = " from Notice n where n.audience is empty or :type member of n.audience";
        return PageResult.of(em.createQuery("select n" + where + " order by n.publishedAt desc, n.id desc", Notice.class)
                        .setParameter("type", type),
                em.createQuery("select count(n)" + where, Long.class).setParameter("type", type), first, size)
                .map(PublishedNotice::of);
    }
}
