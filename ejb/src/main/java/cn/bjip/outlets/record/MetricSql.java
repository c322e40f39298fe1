package cn.bjip.outlets.record;

import cn.bjip.outlets.plugin.spi.Aggregation;
import cn.bjip.outlets.plugin.spi.CoreFacts;
import cn.bjip.outlets.plugin.spi.MetricDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns declared metrics into one SQL select list over {@code service_record}: each metric is an aggregate with
 * a {@code FILTER} clause, so all of a plugin's metrics come from a single pass over the period's rows. Every
 * name and value is a bind parameter; ratios are left to the caller, which divides two computed figures.
 */
final class MetricSql {

    private static final Map<String, String> CORE_COLUMNS = Map.of(
            CoreFacts.BENEFICIARY_COUNT, "beneficiary_count", CoreFacts.FEE_AMOUNT, "fee_amount");

    private final List<String> columns = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();

    MetricSql(List<MetricDefinition> metrics) {
        for (MetricDefinition metric : metrics) {
            if (metric.aggregation() != Aggregation.RATIO) {
                columns.add(column(metric));
            }
        }
    }

    /** The select list, comma separated, parameters numbered from 1. */
    String selectList() {
        return String.join(", ", columns);
    }

    /** The parameters of the select list, in order; a query numbers its own ones after them. */
    List<Object> parameters() {
        return parameters;
    }

    private String column(MetricDefinition metric) {
        List<String> conditions = new ArrayList<>();
        if (metric.formId() != null) {
            conditions.add("form_id = " + bind(metric.formId()));
        }
        if (metric.whereField() != null) {
            conditions.add("data ->> " + bind(metric.whereField()) + " = " + bind(metric.whereValue()));
        }
        String filter = conditions.isEmpty() ? "" : " filter (where " + String.join(" and ", conditions) + ")";
        return switch (metric.aggregation()) {
            case COUNT -> "count(*)" + filter;
            case SUM -> "coalesce(sum(" + numeric(metric.field()) + ")" + filter + ", 0)";
            case DISTINCT_COUNT -> "count(distinct " + value(metric.field()) + ")" + filter;
            case RATIO -> throw new IllegalArgumentException("a ratio has no column");
        };
    }

    private String numeric(String field) {
        String core = CORE_COLUMNS.get(field);
        return core != null ? core : "cast(data ->> " + bind(field) + " as numeric)";
    }

    private String value(String field) {
        String core = CORE_COLUMNS.get(field);
        return core != null ? core : "data ->> " + bind(field);
    }

    private String bind(Object value) {
        parameters.add(value);
        return "?" + parameters.size();
    }
}
