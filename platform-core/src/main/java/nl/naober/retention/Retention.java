package nl.naober.retention;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;
import nl.naober.accesslog.Accessor;
import nl.naober.programme.ProgrammeSettings;
import nl.naober.tenancy.OwnerDatabase;
import nl.naober.tenancy.Tenant;
import nl.naober.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Retention in the municipality in context: the dry run, the run (each file in a transaction of its own), the
 * deletion of access-log lines past their retention, and the record of runs. Not transactional itself: the settings
 * come from the catalog, which must not be read inside a tenant transaction.
 */
@Service
public class Retention {

    private static final Logger log = LoggerFactory.getLogger(Retention.class);
    static final String WHY_RETENTION = "bewaartermijn verstreken";

    private final RetentionCandidates candidates;
    private final Anonymiser anonymiser;
    private final RetentionRunRepository runs;
    private final ProgrammeSettings settings;
    private final OwnerDatabase owner;
    private final Clock clock;
    private final Period accessLogRetention;
    private final TransactionTemplate eachFile;
    private final TransactionTemplate readOnly;

    Retention(
            RetentionCandidates candidates,
            Anonymiser anonymiser,
            RetentionRunRepository runs,
            ProgrammeSettings settings,
            OwnerDatabase owner,
            Clock clock,
            PlatformTransactionManager transactions,
            @Value("${naober.privacy.access-log-retention:P5Y}") Period accessLogRetention) {
        this.candidates = candidates;
        this.anonymiser = anonymiser;
        this.runs = runs;
        this.settings = settings;
        this.owner = owner;
        this.clock = clock;
        this.accessLogRetention = accessLogRetention;
        this.eachFile = new TransactionTemplate(transactions);
        this.eachFile.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** How long access-log lines are kept (setting {@code naober.privacy.access-log-retention}, default 5 years). */
    public Period accessLogRetention() {
        return accessLogRetention;
    }

    public RetentionPreview preview() {
        Cutoffs cutoffs = cutoffs();
        RetentionCounts counts = readOnly.execute(status -> candidates.count(
                candidates.families(cutoffs.cases()),
                candidates.supportFamilies(cutoffs.cases()),
                cutoffs.logInstant(clock)));
        return new RetentionPreview(cutoffs.months(), cutoffs.cases(), cutoffs.log(), counts);
    }

    /**
     * Anonymises every file past its retention and deletes the access-log lines past theirs. A file that fails is
     * left as it was and counted; the others go on, and the next run tries it again.
     */
    public RetentionRunView run(Accessor who) {
        Cutoffs cutoffs = cutoffs();
        LocalDate today = LocalDate.now(clock);
        RetentionRun run = eachFile.execute(
                status -> runs.save(new RetentionRun(clock.instant(), who.username(), cutoffs.cases(), cutoffs.log())));
        List<UUID> families = readOnly.execute(status -> candidates.families(cutoffs.cases()));
        List<UUID> supportFamilies = readOnly.execute(status -> candidates.supportFamilies(cutoffs.cases()));

        RetentionCounts done = RetentionCounts.NONE;
        int failed = 0;
        for (UUID id : families) {
            try {
                done = done.plus(eachFile.execute(status -> anonymiser.family(id, today, who, WHY_RETENTION)));
            } catch (RuntimeException failure) {
                failed++;
                logFailure("family", failure);
            }
        }
        for (UUID id : supportFamilies) {
            try {
                done = done.plus(eachFile.execute(status -> anonymiser.supportFamily(id, today, who, WHY_RETENTION)));
            } catch (RuntimeException failure) {
                failed++;
                logFailure("support family", failure);
            }
        }
        done = done.withAccessLogLines(deleteAccessLogBefore(cutoffs.logInstant(clock)));

        RetentionCounts total = done;
        int failures = failed;
        return eachFile.execute(status -> {
            RetentionRun saved = runs.findById(run.view().id()).orElseThrow();
            saved.finish(clock.instant(), total, failures);
            return saved.view();
        });
    }

    public Page<RetentionRunView> runs(Pageable pageable) {
        return readOnly.execute(
                status -> runs.findAllByOrderByStartedAtDesc(pageable).map(RetentionRun::view));
    }

    /**
     * The retention job is the only deleter of access-log lines, as the schema's owner: the role that serves
     * requests may only add to the log.
     */
    private int deleteAccessLogBefore(Instant cutoff) {
        Tenant tenant = TenantContext.require();
        // Qualified rather than a schema set on the owner's pooled connection; the code is a checked tenant code.
        String table = "\"" + tenant.schema() + "\".access_log";
        try (Connection connection = owner.dataSource().getConnection()) {
            try (PreparedStatement delete =
                    connection.prepareStatement("DELETE FROM " + table + " WHERE occurred_at < ?")) {
                delete.setTimestamp(1, Timestamp.from(cutoff));
                return delete.executeUpdate();
            }
        } catch (SQLException failure) {
            throw new DataAccessResourceFailureException("access log retention failed", failure);
        }
    }

    private Cutoffs cutoffs() {
        Period retention = settings.retentionPeriod();
        LocalDate today = LocalDate.now(clock);
        return new Cutoffs(retention.toTotalMonths(), today.minus(retention), today.minus(accessLogRetention));
    }

    private static void logFailure(String kind, RuntimeException failure) {
        // Types only: a message may quote personal data.
        log.warn(
                "Anonymising a {} failed and is left for the next run: {} (cause {})",
                kind,
                failure.getClass().getName(),
                NestedExceptionUtils.getMostSpecificCause(failure).getClass().getName());
    }

    private record Cutoffs(long totalMonths, LocalDate cases, LocalDate log) {

        int months() {
            return (int) totalMonths;
        }

        Instant logInstant(Clock clock) {
            return log.atStartOfDay(clock.getZone()).toInstant();
        }
    }
}
