package cn.bjip.outlets.record;

import java.util.Map;

/** One row of an imported spreadsheet: its line number in the file and its cells by column header. */
public record ImportRow(int line, Map<String, String> cells) {
}
