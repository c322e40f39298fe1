package cn.bjip.outlets.record;

import cn.bjip.outlets.platform.BusinessRuleViolation;
import cn.bjip.outlets.platform.PlainText;
import cn.bjip.outlets.plugin.spi.FieldType;
import cn.bjip.outlets.plugin.spi.FormField;
import cn.bjip.outlets.plugin.spi.LocalizedText;
import cn.bjip.outlets.plugin.spi.RecordForm;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one server-side check of a plugin form's values, for every form of every plugin: each declared field is
 * read, typed and checked against its declaration; a key the form does not have is refused. Values come back
 * typed (String, Long, BigDecimal, Boolean, LocalDate, List of String) in the form's field order.
 */
final class FieldValues {

    private FieldValues() {
    }

    static Map<String, Object> check(RecordForm form, Map<String, Object> raw, List<BusinessRuleViolation> problems) {
        Map<String, Object> typed = new LinkedHashMap<>();
        for (String key : raw.keySet()) {
            if (form.fields().stream().noneMatch(f -> f.key().equals(key))) {
                problems.add(new BusinessRuleViolation("record.unknownField", key, key, form.title()));
            }
        }
        for (FormField field : form.fields()) {
            Object value = raw.get(field.key());
            if (isEmpty(value)) {
                if (field.required()) {
                    problems.add(violation("record.required", field));
                }
            } else if (field.retired()) {
                problems.add(violation("record.retiredField", field));
            } else {
                Object checked = typed(field, value, problems);
                if (checked != null) {
                    typed.put(field.key(), checked);
                }
            }
        }
        return typed;
    }

    private static Object typed(FormField field, Object value, List<BusinessRuleViolation> problems) {
        int before = problems.size();
        Object typed = switch (field.type()) {
            case TEXT, LONG_TEXT, FILE_REFERENCE -> text(field, value, problems);
            case INTEGER, PERSON_COUNT, DECIMAL -> number(field, value, problems);
            case DATE -> date(field, value, problems);
            case BOOLEAN -> bool(field, value, problems);
            case CHOICE -> choice(field, value.toString().trim(), problems);
            case MULTI_CHOICE -> choices(field, value, problems);
        };
        return problems.size() == before ? typed : null;
    }

    private static String text(FormField field, Object value, List<BusinessRuleViolation> problems) {
        String text = value.toString().strip();
        if (PlainText.hasControlCharacters(text)) {
            problems.add(violation("text.control", field));
        } else if (field.maxLength() != null && text.codePointCount(0, text.length()) > field.maxLength()) {
            problems.add(violation("record.tooLong", field, field.maxLength()));
        } else if (field.pattern() != null && !text.matches(field.pattern())) {
            problems.add(violation("record.pattern", field));
        }
        return text;
    }

    private static Object number(FormField field, Object value, List<BusinessRuleViolation> problems) {
        BigDecimal number;
        try {
            number = value instanceof BigDecimal d ? d : new BigDecimal(value.toString().trim());
        } catch (NumberFormatException e) {
            problems.add(violation("record.number", field));
            return null;
        }
        boolean whole = field.type() != FieldType.DECIMAL;
        if (whole && number.stripTrailingZeros().scale() > 0) {
            problems.add(violation("record.integer", field));
        } else if (!whole && number.stripTrailingZeros().scale() > 2) {
            problems.add(violation("record.decimals", field));
        } else if (field.min() != null && number.compareTo(field.min()) < 0) {
            problems.add(violation("record.min", field, field.min()));
        } else if (field.max() != null && number.compareTo(field.max()) > 0) {
            problems.add(violation("record.max", field, field.max()));
        } else if (whole) {
            try {
                return number.longValueExact();
            } catch (ArithmeticException e) {
                problems.add(violation("record.number", field));
            }
        }
        return number;
    }

    private static LocalDate date(FormField field, Object value, List<BusinessRuleViolation> problems) {
        if (value instanceof LocalDate date) {
            return date;
        }
        try {
            return LocalDate.parse(value.toString().trim());
        } catch (DateTimeParseException e) {
            problems.add(violation("record.date", field));
            return null;
        }
    }

    private static Boolean bool(FormField field, Object value, List<BusinessRuleViolation> problems) {
        if (value instanceof Boolean b) {
            return b;
        }
        String text = value.toString().trim();
        if (text.equals("true") || text.equals("false")) {
            return Boolean.valueOf(text);
        }
        problems.add(violation("record.boolean", field));
        return null;
    }

    private static String choice(FormField field, String value, List<BusinessRuleViolation> problems) {
        if (field.choices().stream().noneMatch(c -> c.value().equals(value))) {
            problems.add(violation("record.choice", field, value));
        }
        return value;
    }

    private static List<String> choices(FormField field, Object value, List<BusinessRuleViolation> problems) {
        List<String> values = (value instanceof Collection<?> c ? c.stream() : value instanceof Object[] a
                ? Arrays.stream(a) : Arrays.stream(value.toString().split(",")))
                .map(v -> v.toString().trim()).filter(v -> !v.isEmpty()).distinct().toList();
        values.forEach(v -> choice(field, v, problems));
        return values;
    }

    static boolean isEmpty(Object value) {
        return value == null || value instanceof String s && (s.isBlank() || PlainText.isHollow(s))
                || value instanceof Collection<?> c && c.isEmpty() || value instanceof Object[] a && a.length == 0;
    }

    private static BusinessRuleViolation violation(String key, FormField field, Object... more) {
        return labelled(key, field.key(), field.label(), more);
    }

    /** A violation of {@code field} whose message starts with the field's label, then {@code more}. */
    static BusinessRuleViolation labelled(String key, String field, LocalizedText label, Object... more) {
        Object[] arguments = new Object[more.length + 1];
        arguments[0] = label;
        System.arraycopy(more, 0, arguments, 1, more.length);
        return new BusinessRuleViolation(key, field, arguments);
    }
}
