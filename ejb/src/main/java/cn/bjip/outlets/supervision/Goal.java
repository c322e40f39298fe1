package cn.bjip.outlets.supervision;

import java.math.BigDecimal;

/** A year's target on one metric, for every outlet of a type or, with {@code outletCode}, for one outlet. */
public record Goal(long id, int year, String networkType, String outletCode, String metricId, BigDecimal target) {

    static Goal of(AnnualGoal g) {
        return new Goal(g.getId(), g.getYear(), g.getNetworkType(), g.getOutlet() == null ? null : g.getOutlet().getCode(),
                g.getMetricId(), g.getTarget());
    }
}
