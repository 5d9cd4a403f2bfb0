package nl.naober.api.importing;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A file (a workbook, or a set of CSV files) as read: its rows per kind, and what could not be read.
 *
 * @param sha256 of the uploaded bytes, stored with every record it created
 */
record ImportFile(String name, String sha256, Map<ImportKind, List<SheetRow>> sheets, List<ImportProblem> problems) {

    ImportFile {
        sheets = new EnumMap<>(sheets);
        problems = List.copyOf(problems);
    }

    List<SheetRow> rows(ImportKind kind) {
        return sheets.getOrDefault(kind, List.of());
    }

    int rowCount() {
        return sheets.values().stream().mapToInt(List::size).sum();
    }
}
