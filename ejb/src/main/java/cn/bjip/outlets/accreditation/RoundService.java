package cn.bjip.outlets.accreditation;

import static cn.bjip.outlets.platform.Roles.APPLICANT;
import static cn.bjip.outlets.platform.Roles.CENTER_STAFF;
import static cn.bjip.outlets.platform.Roles.EXPERT;
import static cn.bjip.outlets.platform.Roles.OFFICE_ADMIN;
import static cn.bjip.outlets.platform.Roles.OUTLET_STAFF;

import cn.bjip.outlets.audit.AuditService;
import cn.bjip.outlets.platform.BusinessRuleViolation;
import cn.bjip.outlets.platform.NotFound;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The boundary for annual rounds: center staff open one per year and close its scoring, which turns the
 * expert sheets into each application's score, ranks them and marks the proposed list (建议名单, R-5.3).
 */
@Stateless
public class RoundService {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private ApplicationMoves moves;

    @EJB
    private AuditService audit;

    @Resource
    private SessionContext context;

    private RoundView view(AccreditationRound round) {
        return RoundView.of(round, context.isCallerInRole(CENTER_STAFF));
    }

    /** A round for next year with the usual schedule from today: two months to apply, then review and scoring. */
    @RolesAllowed({CENTER_STAFF, OFFICE_ADMIN})
    public RoundDraft draft() {
        LocalDate today = LocalDate.now(clock);
        RoundDraft draft = new RoundDraft();
        draft.setYear(today.getYear() + 1);
        draft.setApplicationOpens(today);
        draft.setApplicationCloses(today.plusDays(60));
        draft.setReviewDeadline(today.plusDays(75));
        draft.setScoringDeadline(today.plusDays(90));
        return draft;
    }

    @RolesAllowed({CENTER_STAFF, OFFICE_ADMIN})
    public RoundView open(@NotNull @Valid RoundDraft draft) {
        AccreditationRound round = draft.toRound();
        List<BusinessRuleViolation> problems = new ArrayList<>();
        order(problems, round.getApplicationOpens(), round.getApplicationCloses(), "applicationCloses");
        order(problems, round.getApplicationCloses(), round.getReviewDeadline(), "reviewDeadline");
        order(problems, round.getReviewDeadline(), round.getScoringDeadline(), "scoringDeadline");
        if (round.getPassScore().compareTo(BigDecimal.valueOf(round.maxTotal())) > 0) {
            problems.add(new BusinessRuleViolation("round.passScore.tooHigh", "passScore", round.maxTotal()));
        }
        if (round.getRubric().stream().map(RubricItem::getItemKey).distinct().count() != round.getRubric().size()) {
            problems.add(new BusinessRuleViolation("round.rubric.duplicate", "rubric"));
        }
        if (byYear(round.getYear()) != null) {
            problems.add(new BusinessRuleViolation("round.year.taken", "year", round.getYear()));
        }
        if (!problems.isEmpty()) {
            throw BusinessRuleViolation.of(problems);
        }
        round.setCreatedAt(clock.instant());
        em.persist(round);
        audit.record("round.opened", "AccreditationRound", String.valueOf(round.getYear()),
                round.getApplicationOpens() + ".." + round.getApplicationCloses());
        return view(round);
    }

    private static void order(List<BusinessRuleViolation> problems, LocalDate before, LocalDate after, String field) {
        if (before != null && after != null && after.isBefore(before)) {
            problems.add(new BusinessRuleViolation("round.dates.order", field));
        }
    }

    private AccreditationRound byYear(int year) {
        return em.createQuery("select r from AccreditationRound r where r.year = :year", AccreditationRound.class)
                .setParameter("year", year).getResultStream().findFirst().orElse(null);
    }

    @RolesAllowed({APPLICANT, OUTLET_STAFF, CENTER_STAFF, OFFICE_ADMIN, EXPERT})
    public List<RoundView> all() {
        return em.createQuery("select r from AccreditationRound r order by r.year desc", AccreditationRound.class)
                .getResultStream().map(this::view).toList();
    }

    /** The rounds that take applications today. */
    @RolesAllowed({APPLICANT, OUTLET_STAFF, CENTER_STAFF, OFFICE_ADMIN})
    public List<RoundView> takingApplications() {
        LocalDate today = LocalDate.now(clock);
        return em.createQuery("select r from AccreditationRound r order by r.year desc", AccreditationRound.class)
                .getResultStream().filter(round -> round.takesApplicationsOn(today)).map(this::view).toList();
    }

    @RolesAllowed({APPLICANT, OUTLET_STAFF, CENTER_STAFF, OFFICE_ADMIN, EXPERT})
    public RoundView find(long id) {
        AccreditationRound round = em.find(AccreditationRound.class, id);
        if (round == null) {
            throw new NotFound("round.notFound", id);
        }
        return view(round);
    }

    /**
     * Ends scoring: every application in expert review must have the round's number of submitted sheets, unless the
     * scoring deadline has passed. Those with sheets are scored by the round's rule and ranked; those reaching the
     * pass score form the proposed list.
     */
    @RolesAllowed(CENTER_STAFF)
    public RoundView closeScoring(long roundId) {
        AccreditationRound round = em.find(AccreditationRound.class, roundId, LockModeType.PESSIMISTIC_WRITE);
        if (round == null) {
            throw new NotFound("round.notFound", roundId);
        }
        ApplicationService.requireScoringOpen(round);
        long unreviewed = em.createQuery("select count(a) from Application a where a.round = :round and a.state = :state",
                Long.class).setParameter("round", round).setParameter("state", ApplicationState.SUBMITTED).getSingleResult();
        if (unreviewed > 0) {
            throw new BusinessRuleViolation("round.review.pending", null, unreviewed);
        }
        List<ScoreSheet> sheets = em.createQuery("select s from ScoreSheet s where s.application.round = :round "
                + "and s.application.state = :state and s.submittedAt is not null", ScoreSheet.class)
                .setParameter("round", round).setParameter("state", ApplicationState.IN_EXPERT_REVIEW).getResultList();
        Map<Application, List<BigDecimal>> totals = sheets.stream().collect(Collectors.groupingBy(ScoreSheet::getApplication,
                Collectors.mapping(ScoreSheet::getTotal, Collectors.toList())));
        List<Application> inReview = em.createQuery("select a from Application a where a.round = :round and a.state = :state",
                Application.class).setParameter("round", round).setParameter("state", ApplicationState.IN_EXPERT_REVIEW)
                .getResultList();
        boolean deadlinePassed = LocalDate.now(clock).isAfter(round.getScoringDeadline());
        List<Application> incomplete = inReview.stream()
                .filter(a -> totals.getOrDefault(a, List.of()).size() < round.getExpertsPerApplication()).toList();
        if (!incomplete.isEmpty() && !deadlinePassed) {
            throw new BusinessRuleViolation("round.scoring.incomplete", null, incomplete.size(),
                    round.getExpertsPerApplication(), round.getScoringDeadline());
        }
        long unscored = inReview.stream().filter(a -> !totals.containsKey(a)).count();
        if (unscored > 0) {
            throw new BusinessRuleViolation("round.scoring.none", null, unscored);
        }
        for (Application application : inReview) {
            ScoreRule.Aggregate aggregate = round.getAggregation().apply(totals.get(application));
            application.scored(aggregate, aggregate.score().compareTo(round.getPassScore()) >= 0);
            moves.move(application, ApplicationState.SCORED,
                    aggregate.sheets() + " sheets, " + round.getAggregation() + " " + aggregate.score());
        }
        List<Application> scored = inReview.stream().sorted((a, b) -> b.getAggregateScore().compareTo(a.getAggregateScore())).toList();
        for (int i = 0; i < scored.size(); i++) {
            scored.get(i).ranked(i + 1);
        }
        round.closeScoring();
        audit.record("round.scoringClosed", "AccreditationRound", String.valueOf(round.getYear()),
                scored.size() + " scored, " + scored.stream().filter(Application::isProposed).count() + " proposed");
        em.flush();
        return view(round);
    }
}
