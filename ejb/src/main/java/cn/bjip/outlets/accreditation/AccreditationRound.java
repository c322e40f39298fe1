package cn.bjip.outlets.accreditation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** An annual accreditation round (批次, Art. 6): its application window, deadlines, rubric and scoring rule. */
@Entity
public class AccreditationRound {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "accreditation_seq")
    @SequenceGenerator(name = "accreditation_seq", sequenceName = "accreditation_seq", allocationSize = 50)
    private Long id;

    @Min(2020)
    @Max(2100)
    private int year;

    @NotBlank
    @Size(max = 200)
    private String title;

    @NotNull
    private LocalDate applicationOpens;

    @NotNull
    private LocalDate applicationCloses;

    @NotNull
    private LocalDate reviewDeadline;

    @NotNull
    private LocalDate scoringDeadline;

    @NotNull
    @Enumerated(EnumType.STRING)
    private ScoreRule aggregation;

    @Min(1)
    @Max(9)
    private int expertsPerApplication;

    /** The aggregate score an application needs to enter the proposed list. */
    @NotNull
    @DecimalMin("0")
    private BigDecimal passScore;

    @Enumerated(EnumType.STRING)
    private RoundState state = RoundState.OPEN;

    @Valid
    @Size(max = 30)
    @ElementCollection
    @CollectionTable(name = "round_rubric_item", joinColumns = @JoinColumn(name = "round_id"))
    @OrderColumn(name = "position")
    private List<RubricItem> rubric = new ArrayList<>();

    private Instant createdAt;

    @Version
    private long version;

    protected AccreditationRound() {
    }

    /** The round {@code draft} sets up, scored by {@code rubric}. */
    AccreditationRound(RoundDraft draft, List<RubricItem> rubric) {
        this.year = draft.getYear();
        this.title = draft.getTitle();
        this.applicationOpens = draft.getApplicationOpens();
        this.applicationCloses = draft.getApplicationCloses();
        this.reviewDeadline = draft.getReviewDeadline();
        this.scoringDeadline = draft.getScoringDeadline();
        this.aggregation = draft.getAggregation();
        this.expertsPerApplication = draft.getExpertsPerApplication();
        this.passScore = draft.getPassScore();
        this.rubric = new ArrayList<>(rubric);
    }

    /** The rubric the center uses unless it sets another: 100 points over five aspects of Art. 4 and Art. 5. */
    public static List<RubricItem> standardRubric() {
        return List.of(
                new RubricItem("team", "服务团队", "Service team", 20),
                new RubricItem("resources", "信息资源与工具", "Resources and tools", 25),
                new RubricItem("activity", "近三年服务开展情况", "Service activity of the last three years", 30),
                new RubricItem("system", "工作制度", "Work system", 10),
                new RubricItem("facilities", "基础设施", "Facilities", 15));
    }

    public boolean takesApplicationsOn(LocalDate day) {
        return state == RoundState.OPEN && !day.isBefore(applicationOpens) && !day.isAfter(applicationCloses);
    }

    public Optional<RubricItem> rubricItem(String key) {
        return rubric.stream().filter(item -> item.getItemKey().equals(key)).findFirst();
    }

    public int maxTotal() {
        return rubric.stream().mapToInt(RubricItem::getMaxScore).sum();
    }

    void closeScoring() {
        state = RoundState.SCORING_CLOSED;
    }

    void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public int getYear() {
        return year;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getApplicationOpens() {
        return applicationOpens;
    }

    public LocalDate getApplicationCloses() {
        return applicationCloses;
    }

    public LocalDate getReviewDeadline() {
        return reviewDeadline;
    }

    public LocalDate getScoringDeadline() {
        return scoringDeadline;
    }

    public ScoreRule getAggregation() {
        return aggregation;
    }

    public int getExpertsPerApplication() {
        return expertsPerApplication;
    }

    public BigDecimal getPassScore() {
        return passScore;
    }

    public RoundState getState() {
        return state;
    }

    public List<RubricItem> getRubric() {
        return rubric;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
