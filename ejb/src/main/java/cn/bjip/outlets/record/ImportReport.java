package cn.bjip.outlets.record;

import java.io.Serializable;
import java.util.List;

/**
 * What an import found or did: rows read, rows valid, rows stored, every problem by line and column, and a preview
 * of the first valid rows as they will be stored, in the caller's language.
 */
public record ImportReport(int rows, int valid, int imported, List<Problem> problems, List<Preview> preview)
        implements Serializable {

    /** Rows a preview shows at most. */
    public static final int PREVIEW_ROWS = 50;

    /** One problem of one row: the line in the file, the field's key and its name, the message. */
    public record Problem(int line, String field, String column, String message) implements Serializable {
    }

    /** A valid row as it will be stored, every value in words: {@code details} are the form's fields, "name：value". */
    public record Preview(int line, String serviceDate, String form, String serviceKind, String ipFields,
                          String beneficiaryKind, int beneficiaryCount, String fee, String summary, String details)
                                  implements Serializable {
    }
}
