package cn.bjip.outlets.web.export;

import cn.bjip.outlets.platform.BusinessRuleViolation;
import java.util.Arrays;
import java.util.Locale;

/** RFC 4180 cells; a cell that a spreadsheet would run as a formula is prefixed with an apostrophe. */
public final class Csv {

    private Csv() {
    }

    /** The language a CSV is asked for with {@code ?lang=}: {@code zh} (the default) or {@code en}; anything else refused. */
    public static Locale locale(String lang) {
        return switch (lang == null ? "zh" : lang) {
            case "zh" -> Locale.SIMPLIFIED_CHINESE;
            case "en" -> Locale.ENGLISH;
            default -> throw new BusinessRuleViolation("directory.language", "lang", lang);
        };
    }

    public static String[] cells(String... values) {
        return Arrays.stream(values).map(Csv::cell).toArray(String[]::new);
    }

    static String cell(String value) {
        if (value == null || "null".equals(value)) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return safe.chars().anyMatch(c -> c == '"' || c == ',' || c == '\r' || c == '\n') ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
