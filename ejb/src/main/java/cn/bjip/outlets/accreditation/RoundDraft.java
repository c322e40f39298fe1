package cn.bjip.outlets.accreditation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An accreditation round as center staff set it up, before {@link RoundService#open} checks and stores it;
 * {@link RoundService#draft} gives one with the usual dates. Without rubric items the standard rubric applies.
 */
public class RoundDraft implements Serializable {

    /** One item of the scoring rubric. */
    public record Item(@NotBlank @Pattern(regexp = "[a-z][a-zA-Z0-9]{0,39}") String itemKey,
                       @NotBlank @Size(max = 200) String labelZh, @NotBlank @Size(max = 200) String labelEn,
                       @NotNull @Min(1) @Max(100) Integer maxScore) implements Serializable {
    }

    @NotNull
    @Min(2020)
    @Max(2100)
    private Integer year;

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
    private ScoreRule aggregation = ScoreRule.MEAN;

    @NotNull
    @Min(1)
    @Max(9)
    private Integer expertsPerApplication = 2;

    @NotNull
    @DecimalMin("0")
    private BigDecimal passScore = BigDecimal.valueOf(60);

    @Valid
    @Size(max = 30)
    private List<Item> rubric = new ArrayList<>();

    AccreditationRound toRound() {
        return new AccreditationRound(this, rubric.isEmpty() ? AccreditationRound.standardRubric() : rubric.stream()
                .map(i -> new RubricItem(i.itemKey(), i.labelZh(), i.labelEn(), i.maxScore())).toList());
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getApplicationOpens() {
        return applicationOpens;
    }

    public void setApplicationOpens(LocalDate applicationOpens) {
        this.applicationOpens = applicationOpens;
    }

    public LocalDate getApplicationCloses() {
        return applicationCloses;
    }

    public void setApplicationCloses(LocalDate applicationCloses) {
        this.applicationCloses = applicationCloses;
    }

    public LocalDate getReviewDeadline() {
        return reviewDeadline;
    }

    public void setReviewDeadline(LocalDate reviewDeadline) {
        this.reviewDeadline = reviewDeadline;
    }

    public LocalDate getScoringDeadline() {
        return scoringDeadline;
    }

    public void setScoringDeadline(LocalDate scoringDeadline) {
        this.scoringDeadline = scoringDeadline;
    }

    public ScoreRule getAggregation() {
        return aggregation;
    }

    public void setAggregation(ScoreRule aggregation) {
        this.aggregation = aggregation;
    }

    public Integer getExpertsPerApplication() {
        return expertsPerApplication;
    }

    public void setExpertsPerApplication(Integer expertsPerApplication) {
        this.expertsPerApplication = expertsPerApplication;
    }

    public BigDecimal getPassScore() {
        return passScore;
    }

    public void setPassScore(BigDecimal passScore) {
        this.passScore = passScore;
    }

    public List<Item> getRubric() {
        return rubric;
    }

    public void setRubric(List<Item> rubric) {
        this.rubric = rubric == null ? new ArrayList<>() : new ArrayList<>(rubric);
    }
}
