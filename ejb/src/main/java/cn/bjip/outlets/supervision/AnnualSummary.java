package cn.bjip.outlets.supervision;

import cn.bjip.outlets.outlet.Outlet;
import cn.bjip.outlets.platform.BusinessRuleViolation;
import jakarta.persistence.Column;
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

/**
 * An outlet's annual work summary (年度工作总结, Art. 14, R-14.2): its own account in three sections; the year's
 * figures come from the records. Due by 31 December; one submitted later, or not at all by then, is late.
 */
@Entity
public class AnnualSummary {

    public enum State { DRAFT, SUBMITTED }

    public static final int MAX_SECTION = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "supervision_seq")
    @SequenceGenerator(name = "supervision_seq", sequenceName = "supervision_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    private Outlet outlet;

    @Column(name = "year")
    private int year;

    @Enumerated(EnumType.STRING)
    private State state = State.DRAFT;

    private String achievements;
    private String problems;
    private String plans;
    private Instant submittedAt;
    private String submittedBy;

    @Version
    private long version;

    protected AnnualSummary() {
    }

    AnnualSummary(Outlet outlet, int year) {
        this.outlet = outlet;
        this.year = year;
    }

    public static LocalDate dueOn(int year) {
        return LocalDate.of(year, 12, 31);
    }

    void write(String achievements, String problems, String plans) {
        if (state == State.SUBMITTED) {
            throw new BusinessRuleViolation("summary.submitted", null, String.valueOf(year));
        }
        this.achievements = section(achievements, "achievements");
        this.problems = section(problems, "problems");
        this.plans = section(plans, "plans");
    }

    void submit(Instant at, String by) {
        if (state == State.SUBMITTED) {
            throw new BusinessRuleViolation("summary.submitted", null, String.valueOf(year));
        }
        if (achievements == null || plans == null) {
            throw new BusinessRuleViolation("summary.incomplete", "achievements");
        }
        state = State.SUBMITTED;
        submittedAt = at;
        submittedBy = by;
    }

    private static String section(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.strip().length() > MAX_SECTION) {
            throw new BusinessRuleViolation("reason.tooLong", field, MAX_SECTION);
        }
        return text.strip();
    }

    public Long getId() {
        return id;
    }

    public Outlet getOutlet() {
        return outlet;
    }

    public int getYear() {
        return year;
    }

    public State getState() {
        return state;
    }

    public String getAchievements() {
        return achievements;
    }

    public String getProblems() {
        return problems;
    }

    public String getPlans() {
        return plans;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public long getVersion() {
        return version;
    }
}
