package cn.bjip.outlets.it;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The declared access matrix, {@code access-matrix.txt} in the test resources: one row per REST method
 * ({@code GET api/records/{id}}) or page ({@code PAGE app/records.xhtml}), one cell per caller.
 */
final class AccessTable {

    static final List<String> COLUMNS = Arrays.stream(AccessMatrixIT.Caller.values()).map(c -> c.column).toList();
    private static final int WIDTH = 56;

    private final Map<String, Map<String, String>> cells;

    private AccessTable(Map<String, Map<String, String>> cells) {
        this.cells = cells;
    }

    static AccessTable load() throws IOException {
        Map<String, Map<String, String>> cells = new LinkedHashMap<>();
        try (InputStream in = AccessTable.class.getResourceAsStream("/access-matrix.txt")) {
            int number = 0;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] words = line.trim().split("\\s+");
                if (words.length != 2 + COLUMNS.size()) {
                    throw new IllegalStateException("access-matrix.txt line " + number + " has " + (words.length - 2)
                            + " cells for " + COLUMNS.size() + " callers: " + line);
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < COLUMNS.size(); i++) {
                    row.put(COLUMNS.get(i), words[2 + i]);
                }
                if (cells.put(words[0] + " " + words[1], row) != null) {
                    throw new IllegalStateException("access-matrix.txt line " + number + " repeats " + words[0] + " " + words[1]);
                }
            }
        }
        return new AccessTable(cells);
    }

    boolean declares(String row) {
        return cells.containsKey(row);
    }

    List<String> rows() {
        return List.copyOf(cells.keySet());
    }

    String cell(String row, String column) {
        return cells.get(row).get(column);
    }

    /** The column titles, as a comment line of the table. */
    static String header() {
        return line("#", COLUMNS) + "\n";
    }

    static String line(String row, List<String> cells) {
        StringBuilder line = new StringBuilder(row);
        line.append(" ".repeat(Math.max(1, WIDTH - row.length())));
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            line.append(cell).append(" ".repeat(Math.max(1, COLUMNS.get(i).length() + 1 - cell.length())));
        }
        return line.toString().stripTrailing();
    }
}
