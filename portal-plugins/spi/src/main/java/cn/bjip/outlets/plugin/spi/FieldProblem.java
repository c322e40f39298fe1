package cn.bjip.outlets.plugin.spi;

import java.util.Objects;

/** A plugin's own objection to one field of a record, beyond what the form's declarations check. */
public record FieldProblem(String field, LocalizedText message) {

    public FieldProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    public static FieldProblem of(String field, String zh, String en) {
        return new FieldProblem(field, LocalizedText.of(zh, en));
    }
}
