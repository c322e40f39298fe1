package cn.bjip.outlets.plugin.spi;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One field of a record form. Built with a factory for its type and refined with the {@code with...}
 * methods, e.g. {@code FormField.of("attendance", PERSON_COUNT, "参与人数", "Attendance").asRequired().max(100000)}.
 */
public record FormField(String key, FieldType type, LocalizedText label, boolean required,
                        BigDecimal min, BigDecimal max, Integer maxLength, String pattern, List<Choice> choices) {

    private static final Pattern KEY = Pattern.compile("[a-z][a-zA-Z0-9]{0,39}");

    public FormField {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(label, "label");
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("field key must be camelCase letters and digits: " + key);
        }
        choices = List.copyOf(choices == null ? List.of() : choices);
        if (type.hasChoices() == choices.isEmpty()) {
            throw new IllegalArgumentException("field " + key + ": choices are required exactly for choice types");
        }
        if (type == FieldType.PERSON_COUNT && min == null) {
            min = BigDecimal.ZERO;
        }
    }

    public static FormField of(String key, FieldType type, String zh, String en) {
        return new FormField(key, type, LocalizedText.of(zh, en), false, null, null, null, null, null);
    }

    public static FormField choice(String key, String zh, String en, Choice... choices) {
        return new FormField(key, FieldType.CHOICE, LocalizedText.of(zh, en), false, null, null, null, null,
                List.of(choices));
    }

    public FormField asRequired() {
        return new FormField(key, type, label, true, min, max, maxLength, pattern, choices);
    }

    public FormField min(long value) {
        return new FormField(key, type, label, required, BigDecimal.valueOf(value), max, maxLength, pattern, choices);
    }

    public FormField max(long value) {
        return new FormField(key, type, label, required, min, BigDecimal.valueOf(value), maxLength, pattern, choices);
    }

    public FormField maxLength(int value) {
        return new FormField(key, type, label, required, min, max, value, pattern, choices);
    }

    public FormField pattern(String regex) {
        return new FormField(key, type, label, required, min, max, maxLength, regex, choices);
    }
}
