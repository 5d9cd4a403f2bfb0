package nl.naober.importing;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import nl.naober.identity.CurrentActor;
import nl.naober.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Starts imports and dry runs in the background and keeps them for an hour to be polled. The task decorator of
 * {@link ImportConfiguration} carries the municipality, the logged-in user (so the access log and the timeline name
 * the importing coordinator) and the language into the worker thread.
 */
@Component
class ImportJobs {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);
    private static final Duration KEPT = Duration.ofHours(1);

    private final Map<UUID, ImportJob> jobs = new ConcurrentHashMap<>();
    private final Importer importer;
    private final TaskExecutor executor;
    private final CurrentActor actor;
    private final Clock clock;

    ImportJobs(Importer importer, @Qualifier("importExecutor") TaskExecutor executor, CurrentActor actor, Clock clock) {
        this.importer = importer;
        this.executor = executor;
        this.actor = actor;
        this.clock = clock;
    }

    /** Starts a run for the municipality in context, as the logged-in user. */
    ImportJob start(List<Upload> uploads, boolean dryRun) {
        forgetOld();
        ImportJob job =
                new ImportJob(TenantContext.require().code(), actor.username(), uploads, dryRun, clock.instant());
        jobs.put(job.id(), job);
        executor.execute(() -> run(job));
        return job;
    }

    /** A job of the municipality in context; another municipality's is not there. */
    Optional<ImportJob> find(UUID id) {
        String municipality = TenantContext.require().code();
        return Optional.ofNullable(jobs.get(id))
                .filter(job -> job.municipality().equals(municipality));
    }

    private void run(ImportJob job) {
        job.running();
        try {
            ImportFile file = ImportFiles.read(job.uploads());
            job.progress(0, file.rowCount());
            long started = System.nanoTime();
            ImportOutcome outcome = importer.run(file, job.dryRun(), job.username(), job::progress);
            log.info(
                    "Import {} ({}) finished in {} ms: {} steps, {} problems, committed {}",
                    job.id(),
                    job.dryRun() ? "dry run" : "import",
                    (System.nanoTime() - started) / 1_000_000,
                    job.done(),
                    outcome.problems().size(),
                    outcome.committed());
            job.finished(outcome);
        } catch (RuntimeException e) {
            // No message: it may quote a cell of the file.
            log.error("Import {} failed: {}", job.id(), e.getClass().getName());
            job.failed(new ImportOutcome(
                    job.dryRun(),
                    false,
                    List.of(new ImportProblem(
                            job.fileName(), 0, "", "onverwachte fout; er is niets opgeslagen. Probeer het opnieuw")),
                    new ImportSummary(Map.of())));
        }
    }

    private void forgetOld() {
        var limit = clock.instant().minus(KEPT);
        jobs.values().removeIf(job -> job.finished() && job.createdAt().isBefore(limit));
    }
}
