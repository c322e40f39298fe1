package cn.bjip.outlets.supervision;

import static cn.bjip.outlets.platform.Roles.CENTER_STAFF;
import static cn.bjip.outlets.platform.Roles.OFFICE_ADMIN;
import static cn.bjip.outlets.platform.Roles.OUTLET_STAFF;

import cn.bjip.outlets.audit.AuditService;
import cn.bjip.outlets.outlet.Outlet;
import cn.bjip.outlets.outlet.OutletScope;
import cn.bjip.outlets.outlet.OutletStatus;
import cn.bjip.outlets.platform.CallerIdentity;
import cn.bjip.outlets.platform.DocumentStore;
import cn.bjip.outlets.platform.DocumentView;
import cn.bjip.outlets.platform.Download;
import cn.bjip.outlets.platform.NotFound;
import cn.bjip.outlets.platform.PageResult;
import cn.bjip.outlets.platform.PortalClock;
import cn.bjip.outlets.platform.StoredDocument;
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


    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private OutletScope scope;

    @EJB
    private CallerIdentity caller;

    @Inject
    private DocumentStore documents;

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
    public DocumentView attach(int year, String fileName, byte[] bytes) {
        Years.check(year);
        AnnualSummary summary = save(year, null, null, null, true);
        DocumentView document = documents.add(StoredDocument.Owner.SUMMARY, summary.getId(), fileName, bytes, caller.name());
        audit.record("summary.documentAttached", "Outlet", summary.getOutlet().getCode(), year + " " + document.fileName());
        return document;
    }

    /** The documents of the caller's outlet's summary of a year. */
    @RolesAllowed(OUTLET_STAFF)
    public List<DocumentView> documents(int year) {
        return documentsOf(scope.mine().getCode(), year);
    }

    /** The documents of an outlet's summary of a year: for its own staff, center staff and the office. */
    @RolesAllowed({OUTLET_STAFF, CENTER_STAFF, OFFICE_ADMIN})
    public List<DocumentView> documentsOf(String outletCode, int year) {
        Years.check(year);
        AnnualSummary summary = find(scope.reachable(outletCode), year);
        return summary == null ? List.of() : documents.of(StoredDocument.Owner.SUMMARY, summary.getId());
    }

    /** An attachment and its bytes, for whoever may see its summary (its outlet's staff, center staff, the office). */
    @RolesAllowed({OUTLET_STAFF, CENTER_STAFF, OFFICE_ADMIN})
    public Download download(long documentId) {
        StoredDocument document = documents.find(StoredDocument.Owner.SUMMARY, documentId, "summary.document.notFound");
        AnnualSummary summary = em.find(AnnualSummary.class, document.getOwnerId());
        if (summary == null || !scope.reaches(summary.getOutlet())) {
            throw new NotFound("summary.document.notFound", documentId);
        }
        audit.record("summary.documentDownloaded", "Outlet", summary.getOutlet().getCode(), document.getFileName());
        return documents.download(document);
    }

    /** Every active outlet's summary of a year, late ones flagged, by outlet code, paged in the database. */
    @RolesAllowed({CENTER_STAFF, OFFICE_ADMIN})
    public PageResult<SummaryStatus> overview(int year, int first, int size) {
        Years.check(year);
        List<Object[]> rows = size <= 0 ? List.of() : em.createQuery("select o.code, o.profile.nameZh, s.state, s.submittedAt "
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
