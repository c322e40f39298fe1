package cn.bjip.outlets.accreditation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** How the totals of the expert score sheets of one application become its score. */
public enum ScoreRule {
    /** The mean of all submitted sheets. */
    MEAN,
    /** The mean without the highest and the lowest sheet, when there are at least three. */
    TRIMMED_MEAN;

    /** The aggregate of {@code totals} (at least one). */
    public Aggregate apply(List<BigDecimal> totals) {
        List<BigDecimal> sorted = totals.stream().sorted().toList();
        List<BigDecimal> counted = this == TRIMMED_MEAN && sorted.size() >= 3 ? sorted.subList(1, sorted.size() - 1) : sorted;
        BigDecimal sum = counted.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Aggregate(sum.divide(BigDecimal.valueOf(counted.size()), 2, RoundingMode.HALF_UP),
                sorted.get(0), sorted.get(sorted.size() - 1), totals.size());
    }

    public record Aggregate(BigDecimal score, BigDecimal min, BigDecimal max, int sheets) {
    }
}
