package cn.bjip.outlets.plugin.spi;

import java.io.Serializable;
import java.util.Objects;

/**
 * A figure a plugin reports, declared as data so that the portal's metric engine computes it in the database:
 * a count, sum or distinct count over the records of one form (or of every form when {@code formId} is null),
 * optionally over one field and only where another field has a given value; or the ratio of two other metrics.
 * Fields are the form's own keys or the record core's {@code beneficiaryCount} and {@code feeAmount}.
 */
public record MetricDefinition(String id, LocalizedText label, Aggregation aggregation, String formId, String field,
                               String whereField, String whereValue, String numerator, String denominator)
                                       implements Serializable {

    public MetricDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(aggregation, "aggregation");
        boolean ratio = aggregation == Aggregation.RATIO;
        if (ratio != (numerator != null && denominator != null) || ratio && (formId != null || field != null)) {
            throw new IllegalArgumentException("metric " + id + ": a ratio names two metrics and nothing else");
        }
        if (!ratio && (aggregation == Aggregation.COUNT) != (field == null)) {
            throw new IllegalArgumentException("metric " + id + ": COUNT takes no field, SUM and DISTINCT_COUNT need one");
        }
        if ((whereField == null) != (whereValue == null)) {
            throw new IllegalArgumentException("metric " + id + ": a filter needs a field and a value");
        }
    }

    public static MetricDefinition count(String id, String zh, String en, String formId) {
        return new MetricDefinition(id, LocalizedText.of(zh, en), Aggregation.COUNT, formId, null, null, null, null, null);
    }

    public static MetricDefinition sum(String id, String zh, String en, String formId, String field) {
        return new MetricDefinition(id, LocalizedText.of(zh, en), Aggregation.SUM, formId, field, null, null, null, null);
    }

    public static MetricDefinition distinctCount(String id, String zh, String en, String formId, String field) {
        return new MetricDefinition(id, LocalizedText.of(zh, en), Aggregation.DISTINCT_COUNT, formId, field,
                null, null, null, null);
    }

    /** {@code numerator / denominator}, two metrics of the same plugin; empty when the denominator is zero. */
    public static MetricDefinition ratio(String id, String zh, String en, String numerator, String denominator) {
        return new MetricDefinition(id, LocalizedText.of(zh, en), Aggregation.RATIO, null, null, null, null,
                numerator, denominator);
    }

    /** Only the records whose field {@code key} holds {@code value} (a choice value, {@code true}/{@code false}). */
    public MetricDefinition where(String key, String value) {
        return new MetricDefinition(id, label, aggregation, formId, field, key, value, numerator, denominator);
    }
}
