package nl.naober.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One data row as read, cells as text (dates from a spreadsheet's date cells already as yyyy-mm-dd).
 *
 * @param unreadable a cell was refused while reading (a formula): the row is checked but never imported
 */
record SheetRow(ImportKind kind, int number, Map<String, String> values, boolean unreadable) {

    SheetRow(ImportKind kind, int number, Map<String, String> values) {
        this(kind, number, values, false);
    }

    /** The cell's text, or null when the column is absent or the cell is blank. */
    String get(String column) {
        String value = values.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Adds {@code rows} after those already read for {@code kind} (a kind may come in several files). */
    static void append(Map<ImportKind, List<SheetRow>> sheets, ImportKind kind, List<SheetRow> rows) {
        sheets.merge(kind, rows, (a, b) -> {
            List<SheetRow> all = new ArrayList<>(a);
            all.addAll(b);
            return all;
        });
    }
}
