package nl.naober.importing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import nl.naober.matching.CloseReason;
import nl.naober.matching.MatchClosing;
import nl.naober.matching.MatchService;
import nl.naober.matching.MatchView;
import nl.naober.matching.MatchVocabulary.Decision;
import nl.naober.matching.MatchVocabulary.EvaluationKind;
import nl.naober.matching.NewEvaluation;
import nl.naober.matching.TrialEndReason;
import nl.naober.outcome.NewOutcome;
import nl.naober.outcome.OutcomeMoment;
import nl.naober.outcome.OutcomeService;
import org.springframework.stereotype.Component;

/** The sheets evaluaties, uitkomsten and afsluitingen: what follows a match's start. */
@Component
class FollowUpEvents {

    private static final Map<String, String> EVALUATION_COLUMNS = Map.of(
            "kind", "soort", "heldOn", "datum", "decision", "besluit", "notes", "notities", "endReason", "reden_einde");
    private static final Map<String, String> CLOSING_COLUMNS =
            Map.of("endedOn", "datum", "reason", "reden", "outcomeNotes", "notities");
    private static final Map<String, String> OUTCOME_COLUMNS = Map.of(
            "moment", "moment",
            "measuredOn", "datum",
            "parentingStrain", "opvoedbelasting",
            "familyRest", "rust",
            "ownNetwork", "eigen_netwerk",
            "childWellbeing", "welzijn_kind",
            "satisfaction", "tevredenheid");

    private final MatchService matches;
    private final MatchEvents matchEvents;
    private final OutcomeService outcomes;
    private final ServiceCalls calls;

    FollowUpEvents(MatchService matches, MatchEvents matchEvents, OutcomeService outcomes, ServiceCalls calls) {
        this.matches = matches;
        this.matchEvents = matchEvents;
        this.outcomes = outcomes;
        this.calls = calls;
    }

    List<ImportEvent> evaluation(SheetRow row, ImportRun run) {
        Cells cells = new Cells(row, run);
        String ref = cells.text("koppeling_ref");
        LocalDate date = cells.date("datum");
        EvaluationKind kind = cells.code("soort", EvaluationKind.class);
        Decision decision = cells.code("besluit", Decision.class);
        // A trial evaluation that continues is the end of the trial on that date: the file records what was decided.
        Boolean endTrialEarly = kind == EvaluationKind.TRIAL && decision == Decision.CONTINUE ? Boolean.TRUE : null;
        TrialEndReason endReason = cells.code("reden_einde", TrialEndReason.class);
        NewEvaluation command =
                new NewEvaluation(kind, date, decision, cells.text("notities"), endTrialEarly, endReason);
        if (kind == EvaluationKind.TRIAL && decision == null && cells.row().get("besluit") == null) {
            cells.problem(
                    "besluit", "een evaluatie van de proefperiode (TRIAL) heeft een besluit nodig: CONTINUE of END");
        }
        if (!calls.validate(command, cells, EVALUATION_COLUMNS) || ref == null || date == null || !cells.sound()) {
            return List.of();
        }
        String key = ImportRun.key("evaluatie", ref + "/" + date + "/" + kind);
        if (!followsMatch(cells, ref, date, run) || !Keys.fresh(key, cells, "datum", ImportKind.EVALUATIES, run)) {
            return List.of();
        }
        return List.of(new ImportEvent(
                date,
                ImportEvent.EVALUATION,
                row,
                r -> onMatch(cells, ref, "soort", ImportKind.EVALUATIES, key, r, id -> matches.evaluate(id, command))));
    }

    List<ImportEvent> closing(SheetRow row, ImportRun run) {
        Cells cells = new Cells(row, run);
        String ref = cells.text("koppeling_ref");
        LocalDate date = cells.date("datum");
        CloseReason reason = cells.code("reden", CloseReason.class);
        String notes = cells.text("notities");
        if (!calls.validate(new MatchClosing(date, reason, notes, 0L), cells, CLOSING_COLUMNS)
                || ref == null
                || date == null
                || !cells.sound()) {
            return List.of();
        }
        String key = ImportRun.key("afsluiting", ref);
        if (!followsMatch(cells, ref, date, run)
                || !Keys.fresh(key, cells, "koppeling_ref", ImportKind.AFSLUITINGEN, run)) {
            return List.of();
        }
        return List.of(new ImportEvent(
                date,
                ImportEvent.CLOSING,
                row,
                r -> onMatch(
                        cells,
                        ref,
                        "reden",
                        ImportKind.AFSLUITINGEN,
                        key,
                        r,
                        id -> matches.close(id, new MatchClosing(date, reason, notes, matchEvents.version(r, id))))));
    }

    /**
     * Applies {@code change} to the match {@code ref} names (a problem of the row when it names none), and on success
     * records the row as imported and the match's new version for the run's next change.
     */
    private void onMatch(
            Cells cells,
            String ref,
            String column,
            ImportKind kind,
            String key,
            ImportRun r,
            Function<UUID, MatchView> change) {
        UUID matchId = References.match(cells, "koppeling_ref", ref, r);
        if (matchId != null) {
            calls.call(cells, column, () -> change.apply(matchId)).ifPresent(match -> {
                r.created(kind, key, matchId);
                r.matchVersion(matchId, match.version());
            });
        }
    }

    List<ImportEvent> outcome(SheetRow row, ImportRun run) {
        Cells cells = new Cells(row, run);
        String familyRef = cells.text("gezin_ref");
        String matchRef = cells.text("koppeling_ref");
        NewOutcome check = outcome(cells, null);
        LocalDate date = check.measuredOn();
        if (!calls.validate(check, cells, OUTCOME_COLUMNS) || familyRef == null || date == null || !cells.sound()) {
            return List.of();
        }
        String key = ImportRun.key("uitkomst", familyRef + "/" + check.moment() + "/" + date);
        if (!Keys.fresh(key, cells, "datum", ImportKind.UITKOMSTEN, run)) {
            return List.of();
        }
        return List.of(new ImportEvent(date, ImportEvent.OUTCOME, row, r -> {
            UUID familyId = References.family(cells, "gezin_ref", familyRef, r);
            UUID matchId = matchRef == null ? null : References.match(cells, "koppeling_ref", matchRef, r);
            if (familyId == null || (matchRef != null && matchId == null)) {
                return;
            }
            NewOutcome command = withMatch(check, matchId);
            calls.call(cells, "", () -> outcomes.record(familyId, command))
                    .ifPresent(outcome -> r.created(ImportKind.UITKOMSTEN, key, outcome.id()));
        }));
    }

    /** The measurement in the row's cells, for the match given. */
    private static NewOutcome outcome(Cells cells, UUID matchId) {
        return new NewOutcome(
                cells.code("moment", OutcomeMoment.class),
                cells.date("datum"),
                matchId,
                cells.integer("opvoedbelasting"),
                cells.integer("rust"),
                cells.integer("eigen_netwerk"),
                cells.integer("welzijn_kind"),
                cells.integer("tevredenheid"),
                cells.yesNo("uitgevallen"),
                cells.yesNo("doel_bereikt_zonder_hulp"),
                cells.yesNo("zwaardere_zorg_nodig"));
    }

    private static NewOutcome withMatch(NewOutcome c, UUID matchId) {
        return new NewOutcome(
                c.moment(),
                c.measuredOn(),
                matchId,
                c.parentingStrain(),
                c.familyRest(),
                c.ownNetwork(),
                c.childWellbeing(),
                c.satisfaction(),
                c.droppedOut(),
                c.goalReachedWithoutHelp(),
                c.heavierCareNeeded());
    }

    /** An evaluation or closing lies on or after its match's trial start (or proposal, without a trial). */
    private static boolean followsMatch(Cells cells, String ref, LocalDate date, ImportRun run) {
        LocalDate start = run.date(MatchEvents.startKey(ref)).orElse(null);
        if (start != null) {
            return EventDates.notBefore(
                    cells, "datum", date, start, "de start van de proefperiode van koppeling " + ref);
        }
        LocalDate proposed = run.date(MatchEvents.proposedKey(ref)).orElse(null);
        return proposed == null
                || EventDates.notBefore(cells, "datum", date, proposed, "het voorstel van koppeling " + ref);
    }
}
