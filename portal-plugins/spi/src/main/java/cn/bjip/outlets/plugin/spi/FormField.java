package cn.bjip.outlets.plugin.spi;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One field of a record form. Built with a factory for its type and refined with the other methods, e.g.
 * {@code FormField.of("attendance", PERSON_COUNT, "参与人数", "Attendance").asRequired().max(100000)}.
 * A retired field takes no new values but stays on the form so that old records still show it (P-3).
 */
public record FormField(String key, FieldType type, LocalizedText label, boolean required,
                        BigDecimal min, BigDecimal max, Integer maxLength, String pattern, List<Choice> choices,
                        boolean retired) implements Serializable {

    public static final Pattern KEY = Pattern.compile("[a-z][a-zA-Z0-9]{0,39}");

    /** Longest text a field takes when the plugin sets no limit. */
    public static final int DEFAULT_MAX_LENGTH = 2000;

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
        if (maxLength == null && !type.isNumeric() && !type.hasChoices()) {
            maxLength = DEFAULT_MAX_LENGTH;
        }
    }

    public static FormField of(String key, FieldType type, String zh, String en) {
        return new FormField(key, type, LocalizedText.of(zh, en), false, null, null, null, null, null, false);
    }

    public static FormField choice(String key, String zh, String en, Choice... choices) {
        return new FormField(key, FieldType.CHOICE, LocalizedText.of(zh, en), false, null, null, null, null,
                List.of(choices), false);
    }

    public static FormField multiChoice(String key, String zh, String en, Choice... choices) {
        return new FormField(key, FieldType.MULTI_CHOICE, LocalizedText.of(zh, en), false, null, null, null, null,
                List.of(choices), false);
    }

    public FormField asRequired() {
        return new FormField(key, type, label, true, min, max, maxLength, pattern, choices, retired);
    }

    public FormField min(long value) {
        return new FormField(key, type, label, required, BigDecimal.valueOf(value), max, maxLength, pattern, choices, retired);
    }

    public FormField max(long value) {
        return new FormField(key, type, label, required, min, BigDecimal.valueOf(value), maxLength, pattern, choices, retired);
    }

    public FormField maxLength(int value) {
        return new FormField(key, type, label, required, min, max, value, pattern, choices, retired);
    }

    public FormField pattern(String regex) {
        return new FormField(key, type, label, required, min, max, maxLength, regex, choices, retired);
    }

    public FormField relabel(LocalizedText newLabel) {
        return new FormField(key, type, newLabel, required, min, max, maxLength, pattern, choices, retired);
    }

    /** The same field, closed to new values. A retired field is never required. */
    public FormField retire() {
        return new FormField(key, type, label, false, min, max, maxLength, pattern, choices, true);
    }

    /** The label of a choice value, or the value itself when the field has no such choice (any more). */
    public LocalizedText choiceLabel(String value) {
        return choices.stream().filter(c -> c.value().equals(value)).map(Choice::label).findFirst()
                .orElse(LocalizedText.of(value, value));
    }
}
