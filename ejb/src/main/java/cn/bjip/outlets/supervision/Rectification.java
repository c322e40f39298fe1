package cn.bjip.outlets.supervision;

import cn.bjip.outlets.outlet.Outlet;
import cn.bjip.outlets.platform.BusinessRuleViolation;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;

/**
 * A rectification period (整改期) of six months for an outlet that does not comply (Art. 14, R-14.3): the outlet
 * answers with its measures; center staff resolve it, or, once the deadline has passed unresolved, disqualify.
 */
@Entity
public class Rectification {

    public static final Period PERIOD = Period.ofMonths(6);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "supervision_seq")
    @SequenceGenerator(name = "supervision_seq", sequenceName = "supervision_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    private Outlet outlet;

    @Enumerated(EnumType.STRING)
    private RectificationState state = RectificationState.OPEN;

    private LocalDate openedOn;
    private LocalDate deadline;
    private String reasons;
    private String openedBy;
    private String measures;
    private Instant answeredAt;
    private LocalDate closedOn;
    private String closedBy;
    private String closingNote;

    @Version
    private long version;

    protected Rectification() {
    }

    Rectification(Outlet outlet, LocalDate openedOn, String reasons, String openedBy) {
        this.outlet = outlet;
        this.openedOn = openedOn;
        this.deadline = openedOn.plus(PERIOD);
        this.reasons = reasons;
        this.openedBy = openedBy;
    }

    void answer(String measures, Instant at) {
        requireOpen();
        this.measures = measures;
        answeredAt = at;
        state = RectificationState.ANSWERED;
    }

    void resolve(LocalDate on, String by, String note) {
        requireOpen();
        close(RectificationState.RESOLVED, on, by, note);
    }

    /** Disqualifies the outlet: only once the deadline has passed with the rectification unresolved. */
    void disqualify(LocalDate on, String by, String note) {
        requireOpen();
        if (!on.isAfter(deadline)) {
            throw new BusinessRuleViolation("rectification.deadlineNotPassed", null, deadline);
        }
        close(RectificationState.DISQUALIFIED, on, by, note);
    }

    public boolean overdueOn(LocalDate day) {
        return !state.closed() && day.isAfter(deadline);
    }

    private void requireOpen() {
        if (state.closed()) {
            throw new BusinessRuleViolation("rectification.closed", null);
        }
    }

    private void close(RectificationState closedAs, LocalDate on, String by, String note) {
        state = closedAs;
        closedOn = on;
        closedBy = by;
        closingNote = note;
    }

    public Long getId() {
        return id;
    }

    public Outlet getOutlet() {
        return outlet;
    }

    public RectificationState getState() {
        return state;
    }

    public LocalDate getOpenedOn() {
        return openedOn;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public String getReasons() {
        return reasons;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public String getMeasures() {
        return measures;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public String getClosingNote() {
        return closingNote;
    }

    public long getVersion() {
        return version;
    }
}
