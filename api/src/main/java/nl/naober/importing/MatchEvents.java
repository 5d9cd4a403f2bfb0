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

    List<ImportEvent> match(SheetRow row, ImportRun run) {
        Cells cells = new Cells(row, run);
        String ref = cells.text("ref");
        String familyRef = cells.text("gezin_ref");
        String supportRef = cells.text("steungezin_ref");
        String childNames = cells.text("kinderen");
        Set<DayPart> dayParts = cells.dayParts("dagdelen");
        LocalDate proposed = cells.date("voorgesteld_op");
        LocalDate start = cells.date("start_proef");
        LocalDate cancelled = cells.date("geannuleerd_op");
        if (ref == null || familyRef == null || supportRef == null || proposed == null || !cells.sound()) {
            return List.of();
        }
        if (start != null && cancelled != null) {
            cells.problem(
                    "geannuleerd_op",
                    "een koppeling met een proefperiode kan niet meer worden geannuleerd;"
                            + " sluit haar af in het blad afsluitingen");
        }
        if (start != null) {
            EventDates.notBefore(cells, "start_proef", start, proposed, "het voorstel (" + "voorgesteld_op)");
        }
        if (cancelled != null) {
            EventDates.notBefore(cells, "geannuleerd_op", cancelled, proposed, "het voorstel (voorgesteld_op)");
        }
        String key = ImportRun.key(MATCH, ref);
        if (!cells.sound() || !Keys.fresh(key, cells, "ref", ImportKind.KOPPELINGEN, run)) {
            if (run.importedEarlier(key)) {
                run.date(proposedKey(ref), proposed);
                if (start != null) {
                    run.date(startKey(ref), start);
                }
            } else {
                run.failed(key);
            }
            return List.of();
        }
        run.date(proposedKey(ref), proposed);
        if (start != null) {
            run.date(startKey(ref), start);
        }
        List<ImportEvent> events = new ArrayList<>();
        events.add(new ImportEvent(proposed, ImportEvent.PROPOSAL, row, r -> {
            UUID familyId = References.family(cells, "gezin_ref", familyRef, r);
            UUID supportFamilyId = References.supportFamily(cells, "steungezin_ref", supportRef, r);
            if (familyId == null
                    || supportFamilyId == null
                    || !dates.notBeforeRegistration(cells, "voorgesteld_op", proposed, true, familyRef, familyId, r)
                    || !dates.notBeforeRegistration(
                            cells, "voorgesteld_op", proposed, false, supportRef, supportFamilyId, r)) {
                r.failed(key);
                return;
            }
            List<UUID> childIds = childIds(cells, familyRef, familyId, childNames);
            NewMatch command = new NewMatch(familyId, supportFamilyId, childIds, dayParts, proposed);
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
        }));
        if (start != null && Keys.fresh(startKey(ref), cells, "start_proef", null, run)) {
            events.add(new ImportEvent(
                    start,
                    ImportEvent.TRIAL,
                    row,
                    r -> r.id(key)
                            .ifPresent(id -> calls.call(
                                            cells,
                                            "start_proef",
                                            () -> matches.startTrial(id, new TrialStart(start, version(r, id))))
                                    .ifPresent(match -> {
                                        r.recorded(startKey(ref), id);
                                        r.matchVersion(id, match.version());
                                    }))));
        }
        String cancelKey = ImportRun.key(CANCELLATION, ref);
        if (cancelled != null && Keys.fresh(cancelKey, cells, "geannuleerd_op", null, run)) {
            events.add(new ImportEvent(
                    cancelled,
                    ImportEvent.CLOSING,
                    row,
                    r -> r.id(key)
                            .ifPresent(id -> calls.call(
                                            cells,
                                            "geannuleerd_op",
                                            () -> matches.cancel(id, new MatchCancellation(version(r, id), cancelled)))
                                    .ifPresent(match -> {
                                        r.recorded(cancelKey, id);
                                        r.matchVersion(id, match.version());
                                    }))));
        }
        return events;
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
