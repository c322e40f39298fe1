package cn.bjip.outlets.platform;

import java.util.Locale;

/**
 * What a text typed by a person may hold: no control characters (tab and line breaks aside; NUL, which PostgreSQL
 * cannot store, included), and not only white space or invisible characters (zero-width spaces, joiners, BOM), which
 * would pass for an answer while saying nothing.
 */
public final class PlainText {

    private PlainText() {
    }

    public static boolean hasControlCharacters(String text) {
        return text.chars().anyMatch(c -> c != '\t' && c != '\n' && c != '\r'
                && (c < 0x20 || c == 0x7f || c >= 0x80 && c <= 0x9f || c == 0xfffe || c == 0xffff));
    }

    /** Not empty, yet nothing in it shows: white space, no-break and ideographic spaces, zero-width characters. */
    public static boolean isHollow(String text) {
        return !text.isEmpty() && text.chars().allMatch(PlainText::invisible);
    }

    private static boolean invisible(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x200b || c == 0x200c || c == 0x200d
                || c == 0x2060 || c == 0xfeff || c == 0x180e || c == 0x00ad;
    }

    /** The refusal of {@code text} as the value of {@code field}, or {@code null} when it may be stored. */
    public static BusinessRuleViolation problem(String field, String text) {
        if (text == null) {
            return null;
        }
        if (hasControlCharacters(text)) {
            return new BusinessRuleViolation("text.control", field, field);
        }
        return isHollow(text) ? new BusinessRuleViolation("text.hollow", field, field) : null;
    }

    /** Refuses {@code text} as the value of {@code field} (a search term, a filter) unless {@link #problem} finds none. */
    public static void require(String field, String text) {
        BusinessRuleViolation problem = problem(field, text);
        if (problem != null) {
            throw problem;
        }
    }

    /** A LIKE pattern (escaped with a backslash) that finds {@code text} anywhere, ignoring case; null for no text. */
    public static String containedLike(String text) {
        return text == null || text.isBlank() ? null : "%" + text.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
