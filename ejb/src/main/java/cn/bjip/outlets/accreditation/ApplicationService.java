package cn.bjip.outlets.accreditation;

import static cn.bjip.outlets.platform.Roles.APPLICANT;
import static cn.bjip.outlets.platform.Roles.CENTER_STAFF;
import static cn.bjip.outlets.platform.Roles.EXPERT;
import static cn.bjip.outlets.platform.Roles.OFFICE_ADMIN;
import static cn.bjip.outlets.platform.Roles.OUTLET_STAFF;

import cn.bjip.outlets.audit.AuditService;
import cn.bjip.outlets.outlet.Outlet;
import cn.bjip.outlets.outlet.OutletScope;
import cn.bjip.outlets.platform.BusinessRuleViolation;
import cn.bjip.outlets.platform.CallerIdentity;
import cn.bjip.outlets.platform.DocumentStore;
import cn.bjip.outlets.platform.DocumentView;
import cn.bjip.outlets.platform.Download;
import cn.bjip.outlets.platform.NotFound;
import cn.bjip.outlets.platform.PageResult;
import cn.bjip.outlets.platform.Reasons;
import cn.bjip.outlets.platform.StaleVersion;
import cn.bjip.outlets.platform.StoredDocument;
import cn.bjip.outlets.plugin.FormDirectory;
import cn.bjip.outlets.plugin.PluginRegistry;
import cn.bjip.outlets.supervision.ComplianceService;
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
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The boundary for applications: institutions draft, document and submit their own;
 * center staff pass them to expert review or return them with reasons. An application is visible to its applicant,
 * to center staff and the office, and to the experts assigned to it; to everybody else it does not exist.
 */
@Stateless
public class ApplicationService {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private PluginRegistry plugins;

    @Inject
    private FormDirectory forms;

    @Inject
    private ApplicationMoves moves;

    @Resource
    private SessionContext context;

    @EJB
    private CallerIdentity caller;

    @EJB
    private AuditService audit;

    @Inject
    private OutletScope scope;

    @EJB
    private ComplianceService compliance;

    @EJB
    private ApplicationViews views;

    @Inject
    private DocumentStore documents;

    /** Starts a new institution's application in an open round, as a draft. */
    @RolesAllowed(APPLICANT)
    public ApplicationView start(long roundId, @NotNull @Valid ApplicationContent content) {
        if (context.isCallerInRole(CENTER_STAFF) || context.isCallerInRole(OFFICE_ADMIN) || context.isCallerInRole(EXPERT)) {
            throw new BusinessRuleViolation("application.staffCannotApply", null);
        }
        AccreditationRound round = openRound(roundId);
        requireInstalledType(content.getNetworkType());
        if (countInRound(round, "a.applicant = :key", caller.name()) > 0) {
            throw new BusinessRuleViolation("application.oncePerRound", null, round.getYear());
        }
        requireNewInstitution(round, content, null);
        requireNotBarred(content.getNameZh());
        requireDistinctYears(content);
        Application application = new Application(round, ApplicationKind.NEW, caller.name(), null, clock.instant());
        application.replaceContent(content);
        return created(application);
    }

    /** Starts the renewal of the caller's outlet, filled from its details; allowed in its last year of validity. */
    @RolesAllowed(OUTLET_STAFF)
    public ApplicationView startRenewal(long roundId) {
        AccreditationRound round = openRound(roundId);
        Outlet outlet = scope.mine();
        requireNotBarred(outlet.getNameZh());
        if (!outlet.renewableOn(LocalDate.now(clock))) {
            throw new BusinessRuleViolation("application.renewal.notDue", null, outlet.getExpiresOn());
        }
        if (countInRound(round, "a.outlet = :key", outlet) > 0 || countInRound(round, "a.applicant = :key", caller.name()) > 0) {
            throw new BusinessRuleViolation("application.oncePerRound", null, round.getYear());
        }
        Application application = new Application(round, ApplicationKind.RENEWAL, caller.name(), outlet, clock.instant());
        application.replaceContent(RenewalContent.of(outlet, round.getYear()));
        return created(application);
    }

    private ApplicationView created(Application application) {
        em.persist(application);
        em.persist(new ApplicationTransition(application, clock.instant(), caller.name(), null, ApplicationState.DRAFT, null));
        audit.record("application.created", "Application", String.valueOf(application.getId()),
                application.getKind() + " " + application.getContent().getNameZh());
        return views.of(application);
    }

    /** Replaces the content of the caller's draft (or returned) application while the round takes applications. */
    @RolesAllowed({APPLICANT, OUTLET_STAFF})
    public ApplicationView save(long id, long expectedVersion, @NotNull @Valid ApplicationContent content) {
        Application application = ownEditable(id, expectedVersion);
        requireDistinctYears(content);
        if (application.getKind() == ApplicationKind.NEW) {
            requireInstalledType(content.getNetworkType());
            requireNewInstitution(application.getRound(), content, application.getId());
        } else {
            content.setNetworkType(application.getOutlet().getNetworkType());
        }
        application.replaceContent(content);
        audit.record("application.saved", "Application", String.valueOf(id), content.getNameZh());
        em.flush();
        return views.of(application);
    }

    /** Submits the caller's application: refused, with every gap named, until the Art. 4 conditions are met. */
    @RolesAllowed({APPLICANT, OUTLET_STAFF})
    public ApplicationView submit(long id, long expectedVersion) {
        Application application = ownEditable(id, expectedVersion);
        requireNotBarred(application.getContent().getNameZh());
        List<BusinessRuleViolation> gaps = gaps(application);
        if (!gaps.isEmpty()) {
            throw BusinessRuleViolation.of(gaps);
        }
        return shown(moves.move(application, ApplicationState.SUBMITTED, null));
    }

    /** What the application still lacks against Art. 4, for the applicant and the reviewer. */
    @RolesAllowed({APPLICANT, OUTLET_STAFF, CENTER_STAFF, OFFICE_ADMIN, EXPERT})
    public List<BusinessRuleViolation> eligibility(long id) {
        return gaps(visibleApplication(id));
    }

    /**
     * What content not yet saved would still lack, for the live check while the applicant types: for a new
     * application in round {@code roundId}, or for the caller's application {@code id} (whose documents count).
     */
    @RolesAllowed({APPLICANT, OUTLET_STAFF})
    public List<BusinessRuleViolation> eligibilityOfDraft(long roundId, Long id, @NotNull ApplicationContent content) {
        if (id == null) {
            return Eligibility.gaps(content, openRound(roundId).getYear(), 0);
        }
        Application application = ownEditable(id, null);
        return Eligibility.gaps(content, application.getRound().getYear(), (int) documentCount(application));
    }

    private List<BusinessRuleViolation> gaps(Application application) {
        return Eligibility.gaps(application.getContent(), application.getRound().getYear(), (int) documentCount(application));
    }

    /** Center staff pass a submitted application to expert review. */
    @RolesAllowed(CENTER_STAFF)
    public ApplicationView pass(long id, String note) {
        Application application = moves.notOwn(visibleApplication(id));
        requireScoringOpen(application.getRound());
        return shown(moves.move(application, ApplicationState.IN_EXPERT_REVIEW, Reasons.optional(note)));
    }

    /** Center staff return a submitted application to the applicant, saying why. */
    @RolesAllowed(CENTER_STAFF)
    public ApplicationView returnToApplicant(long id, String reason) {
        String why = Reasons.required(reason);
        Application application = moves.notOwn(visibleApplication(id));
        requireScoringOpen(application.getRound());
        return shown(moves.move(application, ApplicationState.RETURNED, why));
    }

    /** The application as the caller may see it, with what they may do with it; otherwise it does not exist. */
    @RolesAllowed({APPLICANT, OUTLET_STAFF, CENTER_STAFF, OFFICE_ADMIN, EXPERT})
    public ApplicationView find(long id) {
        return views.of(visibleApplication(id));
    }

    /** The application entity, if the caller may see it; for the services of this package. */
    @RolesAllowed({APPLICANT, OUTLET_STAFF, CENTER_STAFF, OFFICE_ADMIN, EXPERT})
    public Application visibleApplication(long id) {
        Application application = em.find(Application.class, id);
        if (application == null || !visible(application)) {
            throw new NotFound("application.notFound", id);
        }
        return application;
    }

    private boolean visible(Application application) {
        if (context.isCallerInRole(CENTER_STAFF) || context.isCallerInRole(OFFICE_ADMIN)) {
            return true;
        }
        if (application.getApplicant().equals(caller.name())) {
            return true;
        }
        return context.isCallerInRole(EXPERT) && em.createQuery("select count(s) from ScoreSheet s "
                        + "where s.application = :application and s.expert = :expert", Long.class)
                .setParameter("application", application).setParameter("expert", caller.name()).getSingleResult() > 0;
    }

    /** An application after a move, as the caller now sees it (flushed, so that its version is the new one). */
    private ApplicationView shown(Application application) {
        em.flush();
        return views.of(application);
    }

    /** The caller's own applications, newest first. */
    @RolesAllowed({APPLICANT, OUTLET_STAFF})
    public List<ApplicationView> mine() {
        return em.createQuery("select a from Application a join fetch a.round where a.applicant = :me "
                + "order by a.createdAt desc", Application.class).setParameter("me", caller.name()).getResultStream()
                .map(views::of).toList();
    }

    /** The caller's own application in a round, if they have one: there is one per institution and round. */
    @RolesAllowed({APPLICANT, OUTLET_STAFF})
    public Optional<Long> mineIn(long roundId) {
        return em.createQuery("select a.id from Application a where a.applicant = :me and a.round.id = :round", Long.class)
                .setParameter("me", caller.name()).setParameter("round", roundId).getResultStream().findFirst();
    }

    /** One page of a round's applications, optionally of one state, best score first; size 0 counts only. */
    @RolesAllowed({CENTER_STAFF, OFFICE_ADMIN})
    public PageResult<ApplicationView> inRound(long roundId, ApplicationState state, int first, int size) {
        String where = " from Application a where a.round.id = :round" + (state == null ? "" : " and a.state = :state");
        var rows = em.createQuery("select a" + where + " order by a.rank nulls last, a.submittedAt nulls last, a.id",
                Application.class).setParameter("round", roundId);
        var count = em.createQuery("select count(a)" + where, Long.class).setParameter("round", roundId);
        if (state != null) {
            rows.setParameter("state", state);
            count.setParameter("state", state);
        }
        return PageResult.of(rows, count, first, size).map(views::of);
    }

    /** Who moved the application from which state to which, when and why, oldest first. */
    @RolesAllowed({APPLICANT, OUTLET_STAFF, CENTER_STAFF, OFFICE_ADMIN, EXPERT})
    public List<Transition> history(long id) {
        return em.createQuery("select t from ApplicationTransition t where t.application = :application "
                + "order by t.at, t.id", ApplicationTransition.class).setParameter("application", visibleApplication(id)).getResultStream().map(Transition::of).toList();
    }

    /** Adds a supporting document, checked by size and content, to the caller's editable application. */
    @RolesAllowed({APPLICANT, OUTLET_STAFF})
    public DocumentView addDocument(long id, String fileName, byte[] bytes) {
        ownEditable(id, null);
        DocumentView document = documents.add(StoredDocument.Owner.APPLICATION, id, fileName, bytes, caller.name());
        audit.record("application.document.added", "Application", String.valueOf(id),
                document.fileName() + " " + document.sizeBytes() + " B sha256 " + document.sha256());
        return document;
    }

    @RolesAllowed({APPLICANT, OUTLET_STAFF})
    public void removeDocument(long documentId) {
        StoredDocument document = document(documentId);
        ownEditable(document.getOwnerId(), null);
        audit.record("application.document.removed", "Application", String.valueOf(document.getOwnerId()),
                documents.remove(document));
    }

    @RolesAllowed({APPLICANT, OUTLET_STAFF, CENTER_STAFF, OFFICE_ADMIN, EXPERT})
    public List<DocumentView> documents(long id) {
        return documents.of(StoredDocument.Owner.APPLICATION, visibleApplication(id).getId());
    }

    private long documentCount(Application application) {
        return documents.count(StoredDocument.Owner.APPLICATION, application.getId());
    }

    /** A document and its bytes, for those who may see its application. */
    @RolesAllowed({APPLICANT, OUTLET_STAFF, CENTER_STAFF, OFFICE_ADMIN, EXPERT})
    public Download download(long documentId) {
        StoredDocument document = document(documentId);
        audit.record("application.documentDownloaded", "Application", String.valueOf(document.getOwnerId()),
                document.getFileName());
        return documents.download(document);
    }

    /** An application's document, if the caller may see the application; otherwise it does not exist. */
    private StoredDocument document(long documentId) {
        StoredDocument document = documents.find(StoredDocument.Owner.APPLICATION, documentId,
                "application.document.notFound");
        visibleApplication(document.getOwnerId());
        return document;
    }

    private Application ownEditable(long id, Long expectedVersion) {
        Application application = visibleApplication(id);
        if (!application.getApplicant().equals(caller.name())) {
            throw new NotFound("application.notFound", id);
        }
        if (expectedVersion != null && application.getVersion() != expectedVersion) {
            throw new StaleVersion("application.stale", id);
        }
        if (!application.getState().editable()) {
            throw new BusinessRuleViolation("application.locked", null, application.getState().label());
        }
        if (!application.getRound().takesApplicationsOn(LocalDate.now(clock))) {
            throw new BusinessRuleViolation("round.closedForApplications", null, application.getRound().getYear());
        }
        return application;
    }

    private AccreditationRound openRound(long roundId) {
        AccreditationRound round = em.find(AccreditationRound.class, roundId);
        if (round == null) {
            throw new NotFound("round.notFound", roundId);
        }
        if (!round.takesApplicationsOn(LocalDate.now(clock))) {
            throw new BusinessRuleViolation("round.closedForApplications", null, round.getYear());
        }
        return round;
    }

    static void requireScoringOpen(AccreditationRound round) {
        if (round.getState() != RoundState.OPEN) {
            throw new BusinessRuleViolation("round.scoringClosed", null, round.getYear());
        }
    }

    private void requireInstalledType(String networkType) {
        if (plugins.find(networkType).isEmpty() || !forms.enabled(networkType)) {
            throw new BusinessRuleViolation("outlet.type.unknown", "networkType", networkType);
        }
    }

    /** One application per institution per round: no other application of the round has this institution's name. */
    private void requireNewInstitution(AccreditationRound round, ApplicationContent content, Long own) {
        long others = em.createQuery("select count(a) from Application a where a.round = :round "
                        + "and lower(a.content.profile.nameZh) = lower(:name) and a.id <> :own", Long.class)
                .setParameter("round", round).setParameter("name", content.getNameZh().strip())
                .setParameter("own", own == null ? -1L : own).getSingleResult();
        if (others > 0) {
            throw new BusinessRuleViolation("application.institution.taken", "nameZh", content.getNameZh(), round.getYear());
        }
    }

    /** Disqualified (Art. 14) or revoked (Art. 15) institutions may not apply for a while; the refusal says why. */
    private void requireNotBarred(String institution) {
        compliance.barOn(institution).ifPresent(bar -> {
            throw new BusinessRuleViolation("application.barred", "nameZh", bar.getInstitution(),
                    bar.getReasonKind().label(), bar.getBarredUntil());
        });
    }

    private static void requireDistinctYears(ApplicationContent content) {
        content.getActivity().stream().collect(Collectors.groupingBy(ActivityYear::getYear,
                Collectors.counting())).forEach((year, count) -> {
                    if (count > 1) {
                        throw new BusinessRuleViolation("application.activity.duplicate", "activity", String.valueOf(year));
                    }
                });
    }

    private long countInRound(AccreditationRound round, String condition, Object key) {
        return em.createQuery("select count(a) from Application a where a.round = :round and " + condition, Long.class)
                .setParameter("round", round).setParameter("key", key).getSingleResult();
    }
}
