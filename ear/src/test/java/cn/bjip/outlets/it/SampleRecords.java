package cn.bjip.outlets.it;

import cn.bjip.outlets.plugin.spi.Choice;
import cn.bjip.outlets.plugin.spi.FormField;
import cn.bjip.outlets.plugin.spi.RecordForm;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Valid records for any plugin form, varied by a sequence number so that choices, numbers and texts differ from
 * record to record: the required fields of the form, filled from their declarations. Keeps what it made, so a
 * test can compute the expected metrics itself.
 */
final class SampleRecords {

    /** One record as sent: the core facts a metric may read and the form values. */
    record Sample(String formId, int beneficiaries, BigDecimal fee, Map<String, Object> values) {
    }

    private SampleRecords() {
    }

    static Sample sample(RecordForm form, int n) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (FormField field : form.fields()) {
            if (field.required()) {
                values.put(field.key(), value(field, n));
            }
        }
        // the market plugin's rule: a low-cost public-welfare service charges a fee below the market price it states
        BigDecimal fee = "lowCost".equals(values.get("welfareBasis")) ? BigDecimal.valueOf(20 + n) : null;
        if (fee != null) {
            values.put("marketPrice", fee.multiply(BigDecimal.TEN).toPlainString());
        }
        return new Sample(form.id(), 5 + n % 7, fee, values);
    }

    private static Object value(FormField field, int n) {
        List<Choice> choices = field.choices();
        return switch (field.type()) {
            case TEXT, LONG_TEXT, FILE_REFERENCE -> field.label().zh() + " " + (n % 3);
            case INTEGER, PERSON_COUNT, DECIMAL -> number(field, n);
            case DATE -> LocalDate.of(2026, 1 + n % 6, 10).toString();
            case BOOLEAN -> n % 2 == 0;
            case CHOICE -> choices.get(n % choices.size()).value();
            case MULTI_CHOICE -> List.of(choices.get(n % choices.size()).value());
        };
    }

    private static long number(FormField field, int n) {
        long min = field.min() == null ? 0 : field.min().longValue();
        long max = field.max() == null ? 1000 : Math.min(field.max().longValue(), min + 1000);
        return Math.max(1, min + (n * 37L + 11) % (max - min + 1));
    }

    static JsonObject json(Sample sample, LocalDate date) {
        JsonObjectBuilder values = Json.createObjectBuilder();
        sample.values().forEach((key, value) -> {
            switch (value) {
                case Long number -> values.add(key, number);
                case Boolean bool -> values.add(key, bool);
                case List<?> list -> {
                    JsonArrayBuilder array = Json.createArrayBuilder();
                    list.forEach(v -> array.add(v.toString()));
                    values.add(key, array);
                }
                default -> values.add(key, value.toString());
            }
        });
        JsonObjectBuilder record = Json.createObjectBuilder()
                .add("formId", sample.formId())
                .add("serviceKind", "INFORMATION_SEARCH")
                .add("ipFields", Json.createArrayBuilder().add("PATENT"))
                .add("serviceDate", date.toString())
                .add("beneficiaryKind", "ENTERPRISE")
                .add("beneficiaryCount", sample.beneficiaries())
                .add("charged", sample.fee() != null)
                .add("values", values);
        if (sample.fee() != null) {
            record.add("feeAmount", sample.fee());
        }
        return record.build();
    }
}
