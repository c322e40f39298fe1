package cn.bjip.outlets.accreditation;

import cn.bjip.outlets.outlet.Outlet;
import cn.bjip.outlets.platform.BusinessRuleViolation;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * An institution's application in one round: its content, where it stands, and the scoring result. The state only
 * changes through {@link #moveTo}, which refuses every move {@link ApplicationState} does not allow.
 */
@Entity
public class Application {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "accreditation_seq")
    @SequenceGenerator(name = "accreditation_seq", sequenceName = "accreditation_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    private AccreditationRound round;

    @Enumerated(EnumType.STRING)
    private ApplicationKind kind;

    /** The Keycloak user name of the account that applies. */
    private String applicant;

    /** The outlet it renews, or the one its accreditation created. */
    @ManyToOne
    private Outlet outlet;

    @Enumerated(EnumType.STRING)
    private ApplicationState state = ApplicationState.DRAFT;

    @Valid
    @Embedded
    private ApplicationContent content = new ApplicationContent();

    private BigDecimal aggregateScore;
    private BigDecimal minScore;
    private BigDecimal maxScore;
    private Integer rank;
    private boolean proposed;

    private Instant createdAt;
    private Instant submittedAt;

    @Version
    private long version;

    protected Application() {
    }

    Application(AccreditationRound round, ApplicationKind kind, String applicant, Outlet outlet, Instant createdAt) {
        this.round = round;
        this.kind = kind;
        this.applicant = applicant;
        this.outlet = outlet;
        this.createdAt = createdAt;
    }

    /** Moves to {@code target}, or refuses: the one place the state changes. Returns the transition to keep. */
    ApplicationTransition moveTo(ApplicationState target, Instant at, String actor, String reason) {
        if (!state.canMoveTo(target)) {
            throw new BusinessRuleViolation("application.transition.refused", "state", state.label(), target.label());
        }
        ApplicationTransition transition = new ApplicationTransition(this, at, actor, state, target, reason);
        if (target == ApplicationState.SUBMITTED) {
            submittedAt = at;
        }
        state = target;
        return transition;
    }

    void replaceContent(ApplicationContent replacement) {
        if (!state.editable()) {
            throw new BusinessRuleViolation("application.locked", null, state.label());
        }
        content = replacement.copy();
    }

    void scored(ScoreRule.Aggregate aggregate, boolean proposed) {
        aggregateScore = aggregate.score();
        minScore = aggregate.min();
        maxScore = aggregate.max();
        this.proposed = proposed;
    }

    void ranked(int rank) {
        this.rank = rank;
    }

    void accreditedAs(Outlet outlet) {
        this.outlet = outlet;
    }

    public Long getId() {
        return id;
    }

    public AccreditationRound getRound() {
        return round;
    }

    public ApplicationKind getKind() {
        return kind;
    }

    public String getApplicant() {
        return applicant;
    }

    public Outlet getOutlet() {
        return outlet;
    }

    public ApplicationState getState() {
        return state;
    }

    public ApplicationContent getContent() {
        return content;
    }

    public BigDecimal getAggregateScore() {
        return aggregateScore;
    }

    public BigDecimal getMinScore() {
        return minScore;
    }

    public BigDecimal getMaxScore() {
        return maxScore;
    }

    public Integer getRank() {
        return rank;
    }

    public boolean isProposed() {
        return proposed;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public long getVersion() {
        return version;
    }
}
