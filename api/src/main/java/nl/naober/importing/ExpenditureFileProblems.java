package nl.naober.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems of an expenditure file before its rows are read: those of the uitgaven sheet and of the file itself,
 * any other sheet that has rows (those are the coordinator's import), and a file without an uitgaven sheet.
 */
final class ExpenditureFileProblems {

    private ExpenditureFileProblems() {}

    static List<ImportProblem> of(ImportFile file) {
        List<ImportProblem> problems = new ArrayList<>();
        for (ImportProblem problem : file.problems()) {
            boolean otherSheet = ImportKind.named(problem.sheet())
                    .filter(kind -> kind != ImportKind.UITGAVEN)
                    .isPresent();
            if (!otherSheet) {
                problems.add(problem);
            }
        }
        for (ImportKind kind : ImportKind.values()) {
            if (kind != ImportKind.UITGAVEN && !file.rows(kind).isEmpty()) {
                problems.add(new ImportProblem(
                        kind.sheet(),
                        0,
                        "",
                        "hier lees je alleen uitgaven in; de coördinator leest " + kind.sheet()
                                + " in via Importeren (haal dit blad uit het bestand)"));
            }
        }
        if (!file.sheets().containsKey(ImportKind.UITGAVEN) && problems.isEmpty()) {
            problems.add(new ImportProblem(
                    ImportKind.UITGAVEN.sheet(),
                    0,
                    "",
                    "het bestand heeft geen blad uitgaven (een .csv-bestand heet uitgaven.csv)"));
        }
        return problems;
    }
}
