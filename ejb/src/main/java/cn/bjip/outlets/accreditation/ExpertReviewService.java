package cn.bjip.outlets.accreditation;

import static cn.bjip.outlets.platform.Roles.CENTER_STAFF;
import static cn.bjip.outlets.platform.Roles.EXPERT;
import static cn.bjip.outlets.platform.Roles.OFFICE_ADMIN;

import cn.bjip.outlets.audit.AuditService;
import cn.bjip.outlets.platform.BusinessRuleViolation;
import cn.bjip.outlets.platform.CallerIdentity;
import cn.bjip.outlets.platform.NotFound;
import cn.bjip.outlets.platform.Reasons;
import cn.bjip.outlets.platform.StaleVersion;
import cn.bjip.outlets.reminder.ReminderKind;
import cn.bjip.outlets.reminder.Reminders;
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
import java.util.List;

/**
 * The boundary for expert review: the expert panel, assignments and score sheets. Center staff assign
 * experts who neither belong to nor declared a conflict with the institution; an expert sees and fills only their
 * own sheets, for the applications assigned to them.
 */
@Stateless
public class ExpertReviewService {

    @Inject
    private Reminders reminders;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    @EJB
    private CallerIdentity caller;

    @EJB
    private AuditService audit;

    @EJB
    private ApplicationService applications;

    @EJB
    private ApplicationViews views;

    /** Adds an expert to the panel (their Keycloak account must have the expert role to sign in). */
    @RolesAllowed({CENTER_STAFF, OFFICE_ADMIN})
    public PanelExpert register(@NotNull @Valid NewExpert joining) {
        if (em.find(Expert.class, joining.username()) != null) {
            throw new BusinessRuleViolation("expert.taken", "username", joining.username());
        }
        Expert expert = new Expert(joining.username(), joining.name(), joining.affiliation());
        em.persist(expert);
        audit.record("expert.registered", "Expert", expert.getUsername(), expert.getAffiliation());
        return PanelExpert.of(expert);
    }

    @RolesAllowed({CENTER_STAFF, OFFICE_ADMIN})
    public List<PanelExpert> panel() {
        return em.createQuery("select e from Expert e order by e.username", Expert.class).getResultStream()
                .map(PanelExpert::of).toList();
    }

    /** The calling expert declares a conflict of interest with an institution; they can no longer be assigned to it. */
    @RolesAllowed(EXPERT)
    public PanelExpert declareConflict(String institution) {
        if (institution == null || institution.isBlank()) {
            throw new BusinessRuleViolation("expert.conflict.required", "institution");
        }
        Expert me = myself();
        if (institution.strip().length() > 200) {
            throw new BusinessRuleViolation("reason.tooLong", "institution", 200);
        }
        me.declareConflict(institution);
        audit.record("expert.conflictDeclared", "Expert", me.getUsername(), institution);
        return PanelExpert.of(me);
    }

    @RolesAllowed(EXPERT)
    public PanelExpert me() {
        return PanelExpert.of(myself());
    }

    private Expert myself() {
        Expert me = em.find(Expert.class, caller.name());
        if (me == null) {
            throw new BusinessRuleViolation("expert.notOnPanel", null, caller.name());
        }
        return me;
    }

    /** Center staff assign an expert to an application in expert review: a blank score sheet for them. */
    @RolesAllowed(CENTER_STAFF)
    public SheetView assign(long applicationId, String username) {
        Application application = applications.visibleApplication(applicationId);
        if (application.getState() != ApplicationState.IN_EXPERT_REVIEW) {
            throw new BusinessRuleViolation("assignment.notInReview", null, application.getState().label());
        }
        ApplicationService.requireScoringOpen(application.getRound());
        Expert expert = username == null ? null : em.find(Expert.class, username);
        if (expert == null) {
            throw new BusinessRuleViolation("expert.unknown", "expert", username);
        }
        String institution = application.getContent().getNameZh();
        if (conflicted(expert, application)) {
            throw new BusinessRuleViolation("assignment.conflict", "expert", expert.getName(), institution);
        }
        if (sheetOf(application, username) != null) {
            throw new BusinessRuleViolation("assignment.duplicate", "expert", expert.getName());
        }
        ScoreSheet sheet = new ScoreSheet(application, username, clock.instant(), caller.name());
        em.persist(sheet);
        reminders.remind(username, ReminderKind.EXPERT_ASSIGNED, "expert-assigned:" + sheet.getId(),
                "/app/sheet.xhtml?id=" + sheet.getId(), institution);
        audit.record("application.expertAssigned", "Application", String.valueOf(applicationId), username);
        return views.of(sheet);
    }

    /** Belongs to or declared a conflict with the institution (under its current or outlet name), or applied itself. */
    private static boolean conflicted(Expert expert, Application application) {
        return expert.getUsername().equals(application.getApplicant())
                || expert.conflictsWith(application.getContent().getNameZh())
                || application.getOutlet() != null && expert.conflictsWith(application.getOutlet().getNameZh());
    }

    private ScoreSheet sheetOf(Application application, String expert) {
        return em.createQuery("select s from ScoreSheet s where s.application = :application and s.expert = :expert",
                ScoreSheet.class).setParameter("application", application).setParameter("expert", expert)
                .getResultStream().findFirst().orElse(null);
    }

    /** The calling expert's sheets, open ones first. */
    @RolesAllowed(EXPERT)
    public List<SheetView> mySheets() {
        return em.createQuery("select s from ScoreSheet s "
                + "where s.expert = :me order by s.submittedAt nulls first, s.assignedAt desc", ScoreSheet.class)
                .setParameter("me", caller.name()).getResultStream().map(views::of).toList();
    }

    /** A sheet: its own expert may read it, and center staff and the office; nobody else, other experts included. */
    @RolesAllowed({EXPERT, CENTER_STAFF, OFFICE_ADMIN})
    public SheetView sheet(long sheetId) {
        return views.of(readable(sheetId));
    }

    private ScoreSheet readable(long sheetId) {
        ScoreSheet sheet = em.find(ScoreSheet.class, sheetId);
        boolean staff = context.isCallerInRole(CENTER_STAFF) || context.isCallerInRole(OFFICE_ADMIN);
        if (sheet == null || !staff && !sheet.getExpert().equals(caller.name())) {
            throw new NotFound("sheet.notFound", sheetId);
        }
        return sheet;
    }

    /** Every sheet of an application, for center staff and the office. */
    @RolesAllowed({CENTER_STAFF, OFFICE_ADMIN})
    public List<SheetView> sheetsOf(long applicationId) {
        return em.createQuery("select s from ScoreSheet s where s.application = :application order by s.id", ScoreSheet.class)
                .setParameter("application", applications.visibleApplication(applicationId)).getResultStream()
                .map(views::of).toList();
    }

    /** The calling expert saves their scores; {@code submit} requires every rubric item and locks the sheet. */
    @RolesAllowed(EXPERT)
    public SheetView score(long sheetId, long expectedVersion, @NotNull List<@Valid ItemScore> scores, String remarks,
                           boolean submit) {
        ScoreSheet sheet = readable(sheetId);
        if (!sheet.getExpert().equals(caller.name())) {
            throw new NotFound("sheet.notFound", sheetId);
        }
        if (sheet.getVersion() != expectedVersion) {
            throw new StaleVersion("sheet.stale", sheetId);
        }
        Application application = sheet.getApplication();
        if (application.getState() != ApplicationState.IN_EXPERT_REVIEW) {
            throw new BusinessRuleViolation("sheet.notInReview", null, application.getState().label());
        }
        ApplicationService.requireScoringOpen(application.getRound());
        if (conflicted(myself(), application)) {
            throw new BusinessRuleViolation("sheet.conflict", null);
        }
        sheet.fill(scores, Reasons.optional(remarks), submit, clock.instant());
        audit.record(submit ? "sheet.submitted" : "sheet.saved", "ScoreSheet", String.valueOf(sheetId),
                "application " + application.getId() + " total " + sheet.getTotal());
        em.flush();
        return views.of(sheet);
    }
}
