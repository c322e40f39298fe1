package cn.bjip.outlets.supervision;

import cn.bjip.outlets.plugin.spi.MetricDefinition;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** How far an outlet is toward one goal of the year: the metric, its target (and whose), and the value so far. */
public record GoalProgress(MetricDefinition metric, BigDecimal target, boolean ownTarget, BigDecimal actual) {

    /** Percent of the target reached (capped at nothing: above 100 means exceeded); null without a value. */
    public Integer percent() {
        if (actual == null) {
            return null;
        }
        if (target.signum() == 0) {
            return 100;
        }
        return actual.multiply(BigDecimal.valueOf(100)).divide(target, 0, RoundingMode.DOWN).intValue();
    }
}
