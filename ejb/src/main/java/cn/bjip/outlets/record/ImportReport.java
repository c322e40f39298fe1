package cn.bjip.outlets.record;

import java.util.List;

/** What an import found or did: rows read, rows valid, rows stored, and every problem by line and field. */
public record ImportReport(int rows, int valid, int imported, List<Problem> problems) {

    /** One problem of one row: the line in the file, the column, the message in the caller's language. */
    public record Problem(int line, String field, String message) {
    }
}
