package nl.naober.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.naober.family.ChildView;
import nl.naober.family.FamilyService;
import nl.naober.family.FamilyView;
import nl.naober.matching.MatchCancellation;
import nl.naober.matching.MatchService;
import nl.naober.matching.NewMatch;
import nl.naober.matching.TrialStart;
import nl.naober.programme.DayPart;
import org.springframework.stereotype.Component;

/** The sheet koppelingen: each row a proposal, and where filled in its trial start or its cancellation. */
@Component
class MatchEvents {

    static final String MATCH = "koppeling";
    static final String TRIAL_START = "koppeling-start";
    static final String CANCELLATION = "koppeling-annulering";

    private static final Map<String, String> COLUMNS = Map.of(
            "familyId",
            "gezin_ref",
            "supportFamilyId",
            "steungezin_ref",
            "childIds",
            "kinderen",
            "dayParts",
            "dagdelen",
            "proposedOn",
            "voorgesteld_op");

    private final MatchService matches;
    private final FamilyService families;
    private final ServiceCalls calls;
    private final EventDates dates;

    MatchEvents(MatchService matches, FamilyService families, ServiceCalls calls, EventDates dates) {
        this.matches = matches;
        this.families = families;
        this.calls = calls;
        this.dates = dates;
    }

    static String proposedKey(String ref) {
        return ImportRun.key(MATCH + "-voorstel", ref);
    }

    static String startKey(String ref) {
        return ImportRun.key(TRIAL_START, ref);
    }

    /** One row of the sheet, as read. */
    private record MatchRow(
            Cells cells,
            SheetRow row,
            String ref,
            String familyRef,
            String supportRef,
            String childNames,
            Set<DayPart> dayParts,
            LocalDate proposed,
            LocalDate start,
            LocalDate cancelled) {

        static MatchRow read(SheetRow row, ImportRun run) {
            Cells cells = new Cells(row, run);
            return new MatchRow(
                    cells,
                    row,
                    cells.text("ref"),
                    cells.text("gezin_ref"),
                    cells.text("steungezin_ref"),
                    cells.text("kinderen"),
                    cells.dayParts("dagdelen"),
                    cells.date("voorgesteld_op"),
                    cells.date("start_proef"),
                    cells.date("geannuleerd_op"));
        }

        boolean complete() {
            return ref != null && familyRef != null && supportRef != null && proposed != null && cells.sound();
        }

        String key() {
            return ImportRun.key(MATCH, ref);
        }
    }

    List<ImportEvent> match(SheetRow sheetRow, ImportRun run) {
        MatchRow row = MatchRow.read(sheetRow, run);
        if (!row.complete()) {
            return List.of();
        }
        checkDates(row);
        Cells cells = row.cells();
        String key = row.key();
        boolean fresh = cells.sound() && Keys.fresh(key, cells, "ref", ImportKind.KOPPELINGEN, run);
        if (!fresh && !run.importedEarlier(key)) {
            run.failed(key);
            return List.of();
        }
        run.date(proposedKey(row.ref()), row.proposed());
        if (row.start() != null) {
            run.date(startKey(row.ref()), row.start());
        }
        if (!fresh) {
            return List.of();
        }
        List<ImportEvent> events = new ArrayList<>();
        events.add(new ImportEvent(row.proposed(), ImportEvent.PROPOSAL, sheetRow, r -> propose(row, r)));
        if (row.start() != null && Keys.fresh(startKey(row.ref()), cells, "start_proef", null, run)) {
            events.add(new ImportEvent(row.start(), ImportEvent.TRIAL, sheetRow, r -> startTrial(row, r)));
        }
        String cancelKey = ImportRun.key(CANCELLATION, row.ref());
        if (row.cancelled() != null && Keys.fresh(cancelKey, cells, "geannuleerd_op", null, run)) {
            events.add(new ImportEvent(row.cancelled(), ImportEvent.CLOSING, sheetRow, r -> cancel(row, cancelKey, r)));
        }
        return events;
    }

    private static void checkDates(MatchRow row) {
        Cells cells = row.cells();
        if (row.start() != null && row.cancelled() != null) {
            cells.problem(
                    "geannuleerd_op",
                    "een koppeling met een proefperiode kan niet meer worden geannuleerd;"
                            + " sluit haar af in het blad afsluitingen");
        }
        if (row.start() != null) {
            EventDates.notBefore(
                    cells, "start_proef", row.start(), row.proposed(), "het voorstel (" + "voorgesteld_op)");
        }
        if (row.cancelled() != null) {
            EventDates.notBefore(
                    cells, "geannuleerd_op", row.cancelled(), row.proposed(), "het voorstel (voorgesteld_op)");
        }
    }

    private void propose(MatchRow row, ImportRun r) {
        Cells cells = row.cells();
        String key = row.key();
        UUID familyId = References.family(cells, "gezin_ref", row.familyRef(), r);
        UUID supportFamilyId = References.supportFamily(cells, "steungezin_ref", row.supportRef(), r);
        LocalDate proposed = row.proposed();
        if (familyId == null
                || supportFamilyId == null
                || !dates.notBeforeRegistration(cells, "voorgesteld_op", proposed, true, row.familyRef(), familyId, r)
                || !dates.notBeforeRegistration(
                        cells, "voorgesteld_op", proposed, false, row.supportRef(), supportFamilyId, r)) {
            r.failed(key);
            return;
        }
        List<UUID> childIds = childIds(cells, row.familyRef(), familyId, row.childNames());
        NewMatch command = new NewMatch(familyId, supportFamilyId, childIds, row.dayParts(), proposed);
        if (childIds == null || !calls.validate(command, cells, COLUMNS)) {
            r.failed(key);
            return;
        }
        calls.call(cells, "", () -> matches.propose(command))
                .ifPresentOrElse(
                        match -> {
                            r.created(ImportKind.KOPPELINGEN, key, match.id());
                            r.matchVersion(match.id(), match.version());
                        },
                        () -> r.failed(key));
    }

    private void startTrial(MatchRow row, ImportRun r) {
        r.id(row.key())
                .ifPresent(id -> calls.call(
                                row.cells(),
                                "start_proef",
                                () -> matches.startTrial(id, new TrialStart(row.start(), version(r, id))))
                        .ifPresent(match -> {
                            r.recorded(startKey(row.ref()), id);
                            r.matchVersion(id, match.version());
                        }));
    }

    private void cancel(MatchRow row, String cancelKey, ImportRun r) {
        r.id(row.key())
                .ifPresent(id -> calls.call(
                                row.cells(),
                                "geannuleerd_op",
                                () -> matches.cancel(id, new MatchCancellation(version(r, id), row.cancelled())))
                        .ifPresent(match -> {
                            r.recorded(cancelKey, id);
                            r.matchVersion(id, match.version());
                        }));
    }

    /** The match's version for the next change: as this run last left it, else read. */
    long version(ImportRun run, UUID id) {
        return run.matchVersion(id).orElseGet(() -> matches.get(id).version());
    }

    /** The children named in the row (first names), or all of the family's when none are named. */
    private List<UUID> childIds(Cells cells, String familyRef, UUID familyId, String names) {
        if (names == null) {
            return List.of();
        }
        FamilyView family = families.get(familyId);
        List<UUID> ids = new ArrayList<>();
        for (String name : names.split("\\s*[,;]\\s*")) {
            List<UUID> found = family.children().stream()
                    .filter(child -> child.firstName().equalsIgnoreCase(name.strip()))
                    .map(ChildView::id)
                    .toList();
            if (found.isEmpty()) {
                cells.problem("kinderen", "gezin " + familyRef + " heeft geen kind met de voornaam " + name.strip());
                return null;
            }
            ids.add(found.get(0));
        }
        return ids;
    }
}
