package cn.bjip.outlets.accreditation;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An accreditation round as applicants and staff see it, with its rubric, the most points a sheet can give, and whether
 * the caller may close its scoring now.
 */
public record RoundView(long id, int year, String title, LocalDate applicationOpens, LocalDate applicationCloses,
                        LocalDate reviewDeadline, LocalDate scoringDeadline, ScoreRule aggregation,
                        int expertsPerApplication, BigDecimal passScore, RoundState state, List<RubricItem> rubric,
                        int maxTotal, Instant createdAt, long version, boolean closable) implements Serializable {

    /** {@code closable}: the caller (center staff) may close scoring now (the round is still open). */
    static RoundView of(AccreditationRound r, boolean closable) {
        return new RoundView(r.getId(), r.getYear(), r.getTitle(), r.getApplicationOpens(), r.getApplicationCloses(),
                r.getReviewDeadline(), r.getScoringDeadline(), r.getAggregation(), r.getExpertsPerApplication(),
                r.getPassScore(), r.getState(), List.copyOf(r.getRubric()), r.maxTotal(), r.getCreatedAt(), r.getVersion(),
                closable && r.getState() == RoundState.OPEN);
    }
}
