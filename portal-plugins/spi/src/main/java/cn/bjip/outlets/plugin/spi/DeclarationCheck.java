package cn.bjip.outlets.plugin.spi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks that what a plugin declares fits together: form ids unique, every metric names a form, field and
 * filter value that exist, numeric fields for sums, ratios of metrics declared before them. The portal refuses
 * to load a plugin that fails, and each plugin's own test runs it.
 */
public final class DeclarationCheck {

    /** Core fields a metric may sum, beside the form's own fields. */
    private static final Set<String> CORE_NUMBERS = Set.of(CoreFacts.BENEFICIARY_COUNT, CoreFacts.FEE_AMOUNT);

    private DeclarationCheck() {
    }

    public static List<String> problems(NetworkTypePlugin plugin) {
        List<String> problems = new ArrayList<>();
        Map<String, RecordForm> forms = new HashMap<>();
        for (RecordForm form : plugin.recordForms()) {
            if (!FormField.KEY.matcher(form.id()).matches()) {
                problems.add("form id must be camelCase: " + form.id());
            }
            if (forms.put(form.id(), form) != null) {
                problems.add("two forms with the id " + form.id());
            }
        }
        if (forms.isEmpty()) {
            problems.add("a plugin declares at least one record form");
        }
        Set<String> metricIds = new HashSet<>();
        for (MetricDefinition metric : plugin.metrics()) {
            String at = "metric " + metric.id() + ": ";
            if (metric.aggregation() == Aggregation.RATIO) {
                if (!metricIds.contains(metric.numerator()) || !metricIds.contains(metric.denominator())) {
                    problems.add(at + "a ratio divides two metrics declared before it");
                }
            } else {
                problems.addAll(fieldProblems(at, metric, forms));
            }
            if (!metricIds.add(metric.id())) {
                problems.add(at + "declared twice");
            }
        }
        return problems;
    }

    private static List<String> fieldProblems(String at, MetricDefinition metric, Map<String, RecordForm> forms) {
        List<String> problems = new ArrayList<>();
        RecordForm form = metric.formId() == null ? null : forms.get(metric.formId());
        if (metric.formId() != null && form == null) {
            return List.of(at + "no form " + metric.formId());
        }
        if (metric.field() != null && !CORE_NUMBERS.contains(metric.field())) {
            Optional<FormField> field = field(form, metric.field());
            if (field.isEmpty()) {
                problems.add(at + "no field " + metric.field() + " on its form");
            } else if (metric.aggregation() == Aggregation.SUM && !field.get().type().isNumeric()) {
                problems.add(at + "sums a field that is not a number: " + metric.field());
            }
        }
        if (metric.whereField() != null) {
            Optional<FormField> filter = field(form, metric.whereField());
            if (filter.isEmpty()) {
                problems.add(at + "filters on a field its form lacks: " + metric.whereField());
            } else if (filter.get().type().hasChoices()
                    && filter.get().choices().stream().noneMatch(c -> c.value().equals(metric.whereValue()))) {
                problems.add(at + "filters on a value that is not a choice: " + metric.whereValue());
            }
        }
        return problems;
    }

    private static Optional<FormField> field(RecordForm form, String key) {
        return form == null ? Optional.empty() : form.fields().stream().filter(f -> f.key().equals(key)).findFirst();
    }
}
