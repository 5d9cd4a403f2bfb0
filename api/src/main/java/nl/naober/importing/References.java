package nl.naober.importing;

import java.util.Optional;
import java.util.UUID;

/**
 * A row's reference to a family, support family or match: created earlier in this run, or by an earlier import. A
 * reference to a record whose own row was refused is not reported again; one to nothing at all is.
 */
final class References {

    private References() {}

    static UUID family(Cells cells, String column, String ref, ImportRun run) {
        return resolve(cells, column, FamilySheets.FAMILY, ref, run, "gezin", "gezinnen");
    }

    static UUID supportFamily(Cells cells, String column, String ref, ImportRun run) {
        return resolve(cells, column, SupportFamilySheets.SUPPORT_FAMILY, ref, run, "steungezin", "steungezinnen");
    }

    static UUID match(Cells cells, String column, String ref, ImportRun run) {
        return resolve(cells, column, MatchEvents.MATCH, ref, run, "koppeling", "koppelingen");
    }

    private static UUID resolve(
            Cells cells, String column, String kind, String ref, ImportRun run, String noun, String sheet) {
        String key = ImportRun.key(kind, ref);
        Optional<UUID> id = run.id(key);
        if (id.isPresent()) {
            return id.get();
        }
        if (run.hasFailed(key)) {
            cells.problem(column, noun + " " + ref + " is niet ingelezen (zie de melding in het blad " + sheet + ")");
        } else {
            cells.problem(
                    column,
                    "onbekend " + noun + " " + ref + ": niet in het blad " + sheet + " en niet eerder geïmporteerd");
        }
        return null;
    }
}
