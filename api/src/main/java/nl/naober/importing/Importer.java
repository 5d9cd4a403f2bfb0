package nl.naober.importing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a file through the real services in one transaction of the municipality in context: the people first, then
 * every event in date order. Every problem is collected; the transaction is rolled back for a dry run and whenever
 * there is any problem (all or nothing per file), and committed with the file's refs otherwise.
 *
 * <p>Rows are checked cheaply before a service is called (dates, codes, Bean Validation, date order), so that a
 * refusal is almost always a rule, never a database error that would abort the PostgreSQL transaction; a database
 * error stops the run at that row.
 */
@Component
class Importer {

    /**
     * Entities are flushed and let go every so many steps. Not for memory: every query a service makes (and every
     * saveAndFlush) first dirty-checks every entity in the session, so a session of 200 steps' entities spent about
     * half the importer's CPU in Hibernate's flush (profiled, docs/import.md). The importer keeps only ids and
     * versions, never an entity, so clearing between steps is safe; a step rarely touches the record of the step
     * before, so the few re-reads cost less than the checks they save.
     */
    private static final int CLEAR_EVERY = 10;

    private final TransactionTemplate transaction;
    private final ImportRefs refs;
    private final FamilySheets families;
    private final SupportFamilySheets supportFamilies;
    private final CaseEvents caseEvents;
    private final MatchEvents matchEvents;
    private final FollowUpEvents followUps;
    private final Clock clock;

    @PersistenceContext
    private EntityManager entityManager;

    Importer(
            @Qualifier("transactionManager") PlatformTransactionManager transactions,
            ImportRefs refs,
            FamilySheets families,
            SupportFamilySheets supportFamilies,
            CaseEvents caseEvents,
            MatchEvents matchEvents,
            FollowUpEvents followUps,
            Clock clock) {
        this.transaction = new TransactionTemplate(transactions);
        this.refs = refs;
        this.families = families;
        this.supportFamilies = supportFamilies;
        this.caseEvents = caseEvents;
        this.matchEvents = matchEvents;
        this.followUps = followUps;
        this.clock = clock;
    }

    ImportOutcome run(ImportFile file, boolean dryRun, String username, ImportProgress progress) {
        return transaction.execute(status -> {
            EarlierImports earlier = refs.earlier();
            ImportRun run = new ImportRun(file.withoutHeaderProblemsOf(ImportKind.UITGAVEN), earlier, progress);
            Set<ImportKind> unreadable = unreadableSheets(file);
            try {
                people(run, unreadable);
                events(run, unreadable);
            } catch (ServiceCalls.ImportAborted aborted) {
                run.add(new ImportProblem(
                        aborted.row().kind().sheet(),
                        aborted.row().number(),
                        "",
                        "onverwachte fout bij deze rij; de import is hier gestopt en er is niets opgeslagen"));
                status.setRollbackOnly();
                return new ImportOutcome(dryRun, false, run.problems(), run.summary());
            }
            boolean commit = !dryRun && !run.hasProblems();
            if (commit) {
                refs.store(run.createdRefs(), earlier, file.sha256(), username, clock.instant());
            } else {
                status.setRollbackOnly();
            }
            return new ImportOutcome(dryRun, commit, run.problems(), run.summary());
        });
    }

    private void people(ImportRun run, Set<ImportKind> unreadable) {
        for (SheetRow row : rows(run, ImportKind.GEZINNEN, unreadable)) {
            families.family(row, run);
            done(run);
        }
        for (SheetRow row : rows(run, ImportKind.KINDEREN, unreadable)) {
            families.child(row, run);
            done(run);
        }
        for (SheetRow row : rows(run, ImportKind.STEUNGEZINNEN, unreadable)) {
            supportFamilies.supportFamily(row, run);
            done(run);
        }
        for (SheetRow row : rows(run, ImportKind.HUISGENOTEN, unreadable)) {
            supportFamilies.member(row, run);
            done(run);
        }
    }

    private void events(ImportRun run, Set<ImportKind> unreadable) {
        List<ImportEvent> events = new ArrayList<>();
        for (SheetRow row : rows(run, ImportKind.INTAKES, unreadable)) {
            events.addAll(caseEvents.intake(row, run));
        }
        for (SheetRow row : rows(run, ImportKind.STATUSWIJZIGINGEN, unreadable)) {
            events.addAll(caseEvents.statusChange(row, run));
        }
        for (SheetRow row : rows(run, ImportKind.KOPPELINGEN, unreadable)) {
            events.addAll(matchEvents.match(row, run));
        }
        for (SheetRow row : rows(run, ImportKind.EVALUATIES, unreadable)) {
            events.addAll(followUps.evaluation(row, run));
        }
        for (SheetRow row : rows(run, ImportKind.UITKOMSTEN, unreadable)) {
            events.addAll(followUps.outcome(row, run));
        }
        for (SheetRow row : rows(run, ImportKind.AFSLUITINGEN, unreadable)) {
            events.addAll(followUps.closing(row, run));
        }
        // Expenditures are in the catalog, another transaction: every row is refused, whatever its header says.
        for (SheetRow row : run.file().rows(ImportKind.UITGAVEN)) {
            run.add(new ImportProblem(
                    row.kind().sheet(),
                    row.number(),
                    "",
                    "uitgaven lees je niet in met de dossiers: laat de netwerkbeheerder ze inlezen op het tabblad"
                            + " Uitgaven van de gemeente (Uitgaven inlezen); haal het blad uitgaven uit dit bestand"));
        }
        events.sort(ImportEvent.ORDER);
        run.stepsTotal(run.stepsDone() + events.size());
        for (ImportEvent event : events) {
            event.step().apply(run);
            done(run);
        }
    }

    /**
     * One step further; every {@link #CLEAR_EVERY} steps the session is flushed and cleared (between rows, never inside
     * a service call), so the next steps' queries do not dirty-check every entity the file touched so far.
     */
    private void done(ImportRun run) {
        if (run.stepDone() % CLEAR_EVERY == 0) {
            entityManager.flush();
            entityManager.clear();
        }
    }

    private static List<SheetRow> rows(ImportRun run, ImportKind kind, Set<ImportKind> unreadable) {
        return unreadable.contains(kind) ? List.of() : run.file().rows(kind);
    }

    /** Sheets whose header row is refused: their rows would only repeat that problem. */
    private static Set<ImportKind> unreadableSheets(ImportFile file) {
        Set<ImportKind> unreadable = EnumSet.noneOf(ImportKind.class);
        for (ImportProblem problem : file.problems()) {
            if (problem.row() <= 1) {
                ImportKind.named(problem.sheet()).ifPresent(unreadable::add);
            }
        }
        return unreadable;
    }
}
