package cn.bjip.outlets.accreditation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("R-5.3")
class ScoreRuleTest {

    private static List<BigDecimal> totals(int... values) {
        return java.util.Arrays.stream(values).mapToObj(BigDecimal::valueOf).toList();
    }

    @Test
    @DisplayName("R-5.3 the mean of the sheets, with their minimum and maximum")
    void mean() {
        ScoreRule.Aggregate aggregate = ScoreRule.MEAN.apply(totals(80, 91, 70));
        assertEquals(new BigDecimal("80.33"), aggregate.score());
        assertEquals(BigDecimal.valueOf(70), aggregate.min());
        assertEquals(BigDecimal.valueOf(91), aggregate.max());
        assertEquals(3, aggregate.sheets());
    }

    @Test
    @DisplayName("R-5.3 the trimmed mean drops the highest and lowest sheet when there are three or more")
    void trimmedMean() {
        assertEquals(new BigDecimal("80.00"), ScoreRule.TRIMMED_MEAN.apply(totals(80, 100, 20)).score());
        assertEquals(new BigDecimal("75.00"), ScoreRule.TRIMMED_MEAN.apply(totals(80, 70)).score());
    }
}
