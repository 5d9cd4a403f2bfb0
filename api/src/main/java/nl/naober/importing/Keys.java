package nl.naober.importing;

/**
 * Whether an event is new: not twice in the file, not imported by an earlier file (then counted under {@code kind};
 * a null kind counts nothing, for the second and third event of one row).
 */
final class Keys {

    private Keys() {}

    static boolean fresh(String key, Cells cells, String column, ImportKind kind, ImportRun run) {
        return fresh(key, cells, column, "deze rij staat al eerder in dit blad", kind, run);
    }

    /** As above, with the problem's own text for a row that is twice in the file. */
    static boolean fresh(String key, Cells cells, String column, String twice, ImportKind kind, ImportRun run) {
        if (!run.firstInFile(key)) {
            cells.problem(column, twice);
            return false;
        }
        if (run.importedEarlier(key)) {
            if (kind != null) {
                run.alreadyImported(kind);
            }
            return false;
        }
        return true;
    }
}
