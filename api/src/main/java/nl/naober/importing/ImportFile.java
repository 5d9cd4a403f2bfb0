package nl.naober.importing;

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

    /**
     * This file without the header problems of one sheet: the case import refuses every row of the uitgaven sheet
     * anyway, with a message that says where they go, so a missing or unknown column there is beside the point.
     */
    ImportFile withoutHeaderProblemsOf(ImportKind kind) {
        return new ImportFile(
                name,
                sha256,
                sheets,
                problems.stream()
                        .filter(p -> p.row() > 1 || !p.sheet().equals(kind.sheet()))
                        .toList());
    }

    int rowCount() {
        return sheets.values().stream().mapToInt(List::size).sum();
    }
}
