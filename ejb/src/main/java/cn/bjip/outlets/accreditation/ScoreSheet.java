package cn.bjip.outlets.accreditation;

import cn.bjip.outlets.platform.BusinessRuleViolation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One expert's score sheet for one application: made when center staff assign the expert, locked once submitted. */
@Entity
public class ScoreSheet {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "accreditation_seq")
    @SequenceGenerator(name = "accreditation_seq", sequenceName = "accreditation_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    private Application application;

    /** The expert's user name. */
    private String expert;

    private Instant assignedAt;
    private String assignedBy;
    private Instant submittedAt;
    private BigDecimal total;
    private String remarks;

    @ElementCollection
    @CollectionTable(name = "score_sheet_item", joinColumns = @JoinColumn(name = "sheet_id"))
    private List<ItemScore> items = new ArrayList<>();

    @Version
    private long version;

    protected ScoreSheet() {
    }

    ScoreSheet(Application application, String expert, Instant assignedAt, String assignedBy) {
        this.application = application;
        this.expert = expert;
        this.assignedAt = assignedAt;
        this.assignedBy = assignedBy;
    }

    /**
     * Replaces the scores, each checked against the rubric; submitting also needs a score for every rubric item
     * and locks the sheet.
     */
    void fill(List<ItemScore> scores, String remarks, boolean submit, Instant at) {
        if (submittedAt != null) {
            throw new BusinessRuleViolation("sheet.submitted", null);
        }
        AccreditationRound round = application.getRound();
        List<BusinessRuleViolation> problems = new ArrayList<>();
        scores.stream().map(ItemScore::getItemKey).filter(key -> scores.stream().filter(s -> s.getItemKey().equals(key)).count() > 1)
                .distinct().forEach(key -> problems.add(new BusinessRuleViolation("sheet.item.duplicate", key, key)));
        for (ItemScore score : scores) {
            round.rubricItem(score.getItemKey()).ifPresentOrElse(item -> {
                if (score.getScore() < 0 || score.getScore() > item.getMaxScore()) {
                    problems.add(new BusinessRuleViolation("sheet.score.range", score.getItemKey(),
                            item.label(), item.getMaxScore()));
                }
            }, () -> problems.add(new BusinessRuleViolation("sheet.item.unknown", score.getItemKey(), score.getItemKey())));
        }
        if (submit) {
            for (RubricItem item : round.getRubric()) {
                if (scores.stream().noneMatch(s -> s.getItemKey().equals(item.getItemKey()))) {
                    problems.add(new BusinessRuleViolation("sheet.score.missing", item.getItemKey(), item.label()));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw BusinessRuleViolation.of(problems);
        }
        items = new ArrayList<>(scores);
        this.remarks = remarks;
        total = BigDecimal.valueOf(scores.stream().mapToInt(ItemScore::getScore).sum());
        if (submit) {
            submittedAt = at;
        }
    }

    public boolean isSubmitted() {
        return submittedAt != null;
    }

    public Long getId() {
        return id;
    }

    public Application getApplication() {
        return application;
    }

    public String getExpert() {
        return expert;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }

    public String getAssignedBy() {
        return assignedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public String getRemarks() {
        return remarks;
    }

    public List<ItemScore> getItems() {
        return items;
    }

    public long getVersion() {
        return version;
    }
}
