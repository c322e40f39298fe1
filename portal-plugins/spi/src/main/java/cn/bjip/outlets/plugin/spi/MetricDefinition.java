package cn.bjip.outlets.plugin.spi;

import java.util.Objects;

/**
 * A figure a plugin reports, declared as data: an aggregation over the records of one form,
 * optionally over one field of it. The portal's metric engine computes it in the database.
 */
public record MetricDefinition(String id, LocalizedText label, Aggregation aggregation, String formId, String field) {

    public MetricDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(aggregation, "aggregation");
        Objects.requireNonNull(formId, "formId");
        if ((aggregation == Aggregation.COUNT) != (field == null)) {
            throw new IllegalArgumentException("metric " + id + ": COUNT takes no field, the others need one");
        }
    }

    public static MetricDefinition count(String id, String zh, String en, String formId) {
        return new MetricDefinition(id, LocalizedText.of(zh, en), Aggregation.COUNT, formId, null);
    }

    public static MetricDefinition sum(String id, String zh, String en, String formId, String field) {
        return new MetricDefinition(id, LocalizedText.of(zh, en), Aggregation.SUM, formId, field);
    }
}
