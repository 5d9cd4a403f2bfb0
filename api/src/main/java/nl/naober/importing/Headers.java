package nl.naober.importing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Checks a sheet's header row against its kind: every column known, every required one present, none twice. */
final class Headers {

    private Headers() {}

    static String normalise(String header) {
        return header == null ? "" : header.strip().toLowerCase(Locale.ROOT).replace(' ', '_');
    }

    /** The problems of this header row (empty when it is sound). */
    static List<ImportProblem> check(ImportKind kind, List<String> header) {
        List<ImportProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String name : header) {
            if (name.isEmpty()) {
                continue;
            }
            if (kind.column(name).isEmpty()) {
                problems.add(new ImportProblem(
                        kind.sheet(),
                        1,
                        name,
                        "onbekende kolom; dit blad kent: "
                                + String.join(
                                        ", ",
                                        kind.columns().stream()
                                                .map(Column::name)
                                                .toList())));
            } else if (!seen.add(name)) {
                problems.add(new ImportProblem(kind.sheet(), 1, name, "deze kolom staat er twee keer"));
            }
        }
        for (Column column : kind.columns()) {
            if (column.required() && !seen.contains(column.name())) {
                problems.add(new ImportProblem(kind.sheet(), 1, column.name(), "verplichte kolom ontbreekt"));
            }
        }
        return problems;
    }
}
