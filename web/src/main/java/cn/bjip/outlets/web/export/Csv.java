package cn.bjip.outlets.web.export;

import java.util.Arrays;

/** RFC 4180 cells; a cell that a spreadsheet would run as a formula is prefixed with an apostrophe. */
public final class Csv {

    private Csv() {
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
