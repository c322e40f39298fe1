package cn.bjip.outlets.record;

import cn.bjip.outlets.plugin.spi.MetricDefinition;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The figures of one scope (an outlet, a network type or the whole network) over one period: the plugin's metrics
 * (for an outlet or a type), their values month by month ({@code 2026-05}) for charts, and the common-core breakdowns.
 */
public record MetricReport(ReportPeriod period, List<Figure> metrics, List<String> months,
                           Map<String, List<BigDecimal>> series, List<KindFigure> byServiceKind,
                           List<TypeFigure> byNetworkType) implements Serializable {

    /** A metric and its value; the value is null for a ratio whose denominator is zero. */
    public record Figure(MetricDefinition metric, BigDecimal value) implements Serializable {
    }

    public record KindFigure(ServiceKind kind, long records, long beneficiaries) implements Serializable {
    }

    public record TypeFigure(String networkType, long records, long beneficiaries) implements Serializable {
    }

    public long records() {
        return byServiceKind.stream().mapToLong(KindFigure::records).sum();
    }

    public long beneficiaries() {
        return byServiceKind.stream().mapToLong(KindFigure::beneficiaries).sum();
    }

    public BigDecimal value(String metricId) {
        return metrics.stream().filter(f -> f.metric().id().equals(metricId)).findFirst()
                .map(Figure::value).orElseThrow(() -> new IllegalArgumentException("no metric " + metricId));
    }
}
