package cn.bjip.outlets.it;

import cn.bjip.outlets.it.SampleRecords.Sample;
import cn.bjip.outlets.plugin.spi.Aggregation;
import cn.bjip.outlets.plugin.spi.MetricDefinition;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/** The figures a plugin's metrics should show, computed in plain Java from the records a test sent. */
final class ExpectedMetrics {

    private ExpectedMetrics() {
    }

    static Map<String, BigDecimal> of(List<MetricDefinition> metrics, List<Sample> samples) {
        Map<String, BigDecimal> expected = new LinkedHashMap<>();
        for (MetricDefinition metric : metrics) {
            if (metric.aggregation() == Aggregation.RATIO) {
                BigDecimal denominator = expected.get(metric.denominator());
                expected.put(metric.id(), denominator.signum() == 0 ? null
                        : expected.get(metric.numerator()).divide(denominator, 2, RoundingMode.HALF_UP));
                continue;
            }
            List<Sample> selected = samples.stream()
                    .filter(s -> metric.formId() == null || metric.formId().equals(s.formId()))
                    .filter(s -> metric.whereField() == null
                            || metric.whereValue().equals(String.valueOf(s.values().get(metric.whereField()))))
                    .toList();
            expected.put(metric.id(), switch (metric.aggregation()) {
                case COUNT -> BigDecimal.valueOf(selected.size());
                case SUM -> values(selected, metric.field()).map(v -> new BigDecimal(v.toString()))
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                case DISTINCT_COUNT -> BigDecimal.valueOf(values(selected, metric.field()).distinct().count());
                case RATIO -> throw new IllegalStateException();
            });
        }
        return expected;
    }

    private static Stream<Object> values(List<Sample> samples, String field) {
        return samples.stream().map(s -> switch (field) {
            case "beneficiaryCount" -> (Object) s.beneficiaries();
            case "feeAmount" -> s.fee();
            default -> s.values().get(field);
        }).filter(Objects::nonNull);
    }
}
