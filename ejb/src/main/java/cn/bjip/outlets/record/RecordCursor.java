package cn.bjip.outlets.record;

import cn.bjip.outlets.platform.BusinessRuleViolation;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a page of a record list sorted by service date ends: the last row's service date and id, written
 * {@code 2026-05-01_12345}. The next page starts after it, found through the index however deep the list goes.
 */
public record RecordCursor(LocalDate serviceDate, long id) implements Serializable {

    private static final Pattern TEXT = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})_(\\d{1,18})");

    public static RecordCursor after(RecordView last) {
        return new RecordCursor(last.serviceDate(), last.id());
    }

    /** The cursor as written by {@link #toString()}; anything else is refused, naming the parameter. */
    public static RecordCursor parse(String text) {
        Matcher m = text == null ? null : TEXT.matcher(text);
        if (m == null || !m.matches()) {
            throw new BusinessRuleViolation("record.cursor", "after");
        }
        try {
            return new RecordCursor(LocalDate.parse(m.group(1)), Long.parseLong(m.group(2)));
        } catch (DateTimeParseException e) {
            throw new BusinessRuleViolation("record.cursor", "after");
        }
    }

    @Override
    public String toString() {
        return serviceDate + "_" + id;
    }
}
