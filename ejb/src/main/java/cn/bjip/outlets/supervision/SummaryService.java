package cn.bjip.outlets.supervision;

import static cn.bjip.outlets.platform.Roles.CENTER_STAFF;
import static cn.bjip.outlets.platform.Roles.OFFICE_ADMIN;
import static cn.bjip.outlets.platform.Roles.OUTLET_STAFF;

import cn.bjip.outlets.audit.AuditService;
import cn.bjip.outlets.outlet.Outlet;
import cn.bjip.outlets.outlet.OutletScope;
import cn.bjip.outlets.outlet.OutletStatus;
import cn.bjip.outlets.platform.BusinessRuleViolation;
import cn.bjip.outlets.platform.CallerIdentity;
import cn.bjip.outlets.platform.PageResult;
import cn.bjip.outlets.platform.PortalClock;
import cn.bjip.outlets.platform.UploadCheck;
import cn.bjip.outlets.platform.Years;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Year-end work summaries: outlets write and submit theirs before the end of December; late ones are flagged. */
@Stateless
public class SummaryService {

    public static final int MAX_DOCUMENTS = 10;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private OutletScope scope;

    @EJB
    private CallerIdentity caller;

    @EJB
    private AuditService audit;

    /** The caller's outlet's summary of a year, blank (not stored) if none was written yet. */
    @RolesAllowed(OUTLET_STAFF)
    public YearEndSummary mine(int year) {
        Years.check(year);
        Outlet outlet = scope.mine();
        AnnualSummary summary = find(outlet, year);
        return YearEndSummary.of(summary == null ? new AnnualSummary(outlet, year) : summary);
    }

    @RolesAllowed(OUTLET_STAFF)
    public YearEndSummary save(int year, String achievements, String problems, String plans) {
        Years.check(year);
        return YearEndSummary.of(save(year, achievements, problems, plans, false));
    }

    private AnnualSummary save(int year, String achievements, String problems, String plans, boolean keepSections) {
        Outlet outlet = scope.mine();
        AnnualSummary summary = find(outlet, year);
        if (summary == null) {
            summary = new AnnualSummary(outlet, year);
            em.persist(summary);
        }
        if (keepSections) {
            summary.write(summary.getAchievements(), summary.getProblems(), summary.getPlans());
        } else {
            summary.write(achievements, problems, plans);
        }
        return summary;
    }

    @RolesAllowed(OUTLET_STAFF)
    public YearEndSummary submit(int year, String achievements, String problems, String plans) {
        Years.check(year);
        AnnualSummary summary = save(year, achievements, problems, plans, false);
        summary.submit(clock.instant(), caller.name());
        audit.record("summary.submitted", "Outlet", summary.getOutlet().getCode(), String.valueOf(year));
        return YearEndSummary.of(summary);
    }

    /** Attaches a document to the caller's outlet's summary of a year, until it is submitted. */
    @RolesAllowed(OUTLET_STAFF)
    public AttachedDocument attach(int year, String fileName, byte[] bytes) {
        Years.check(year);
        AnnualSummary summary = save(year, null, null, null, true);
        long attached = em.createQuery("select count(d) from SummaryDocument d where d.summary = :summary", Long.class)
                .setParameter("summary", summary).getSingleResult();
        if (attached >= MAX_DOCUMENTS) {
            throw new BusinessRuleViolation("upload.tooMany", "file", MAX_DOCUMENTS);
        }
        UploadCheck.Accepted accepted = UploadCheck.check(fileName, bytes);
        SummaryDocument document = new SummaryDocument(summary, accepted, bytes, clock.instant(), caller.name());
        em.persist(document);
        audit.record("summary.documentAttached", "Outlet", summary.getOutlet().getCode(), year + " " + accepted.fileName());
        return AttachedDocument.of(document);
    }

    /** The documents of the caller's outlet's summary of a year. */
    @RolesAllowed(OUTLET_STAFF)
    public List<AttachedDocument> documents(int year) {
        Years.check(year);
        AnnualSummary summary = find(scope.mine(), year);
        return summary == null ? List.of() : em.createQuery("select d from SummaryDocument d where d.summary = :summary "
                + "order by d.id", SummaryDocument.class).setParameter("summary", summary).getResultStream()
                .map(AttachedDocument::of).toList();
    }

    /** Every active outlet's summary of a year, late ones flagged, by outlet code, paged in the database. */
    @RolesAllowed({CENTER_STAFF, OFFICE_ADMIN})
    public PageResult<SummaryStatus> overview(int year, int first, int size) {
        Years.check(year);
        List<Object[]> rows = size <= 0 ? List.of() : em.createQuery("select o.code, o.nameZh, s.state, s.submittedAt "
                        + "from Outlet o left join AnnualSummary s on s.outlet = o and s.year = :year "
                        + "where o.status = :active order by o.code", Object[].class)
                .setParameter("year", year).setParameter("active", OutletStatus.ACTIVE)
                .setFirstResult(Math.max(first, 0)).setMaxResults(Math.min(size, PageResult.MAX_SIZE)).getResultList();
        long total = em.createQuery("select count(o) from Outlet o where o.status = :active", Long.class)
                .setParameter("active", OutletStatus.ACTIVE).getSingleResult();
        LocalDate today = LocalDate.now(clock);
        return new PageResult<>(rows.stream().map(r -> {
            AnnualSummary.State state = r[2] == null ? AnnualSummary.State.DRAFT : (AnnualSummary.State) r[2];
            Instant submittedAt = (Instant) r[3];
            return new SummaryStatus((String) r[0], (String) r[1], state, submittedAt, late(year, submittedAt, today));
        }).toList(), total);
    }

    /** Not submitted by 31 December of the year, or submitted after it. */
    static boolean late(int year, Instant submittedAt, LocalDate today) {
        LocalDate due = AnnualSummary.dueOn(year);
        return submittedAt == null ? today.isAfter(due)
                : submittedAt.atZone(PortalClock.BEIJING).toLocalDate().isAfter(due);
    }

    private AnnualSummary find(Outlet outlet, int year) {
        return em.createQuery("select s from AnnualSummary s where s.outlet = :outlet and s.year = :year", AnnualSummary.class)
                .setParameter("outlet", outlet).setParameter("year", year).getResultStream().findFirst().orElse(null);
    }
}
