package nl.naober.observability.metrics;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Tuple;
import java.time.Clock;
import java.time.LocalDate;
import nl.naober.tenancy.Tenant;
import nl.naober.tenancy.TenantContext;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the {@link MunicipalityCounts} of one municipality with one native query in its own schema. The tenant is
 * entered before the read-only transaction starts, so the session opens on that municipality's schema.
 */
@Component
@ConditionalOnProperty(name = "naober.metrics.enabled", havingValue = "true", matchIfMissing = true)
class MunicipalityCountsQuery {

    /** A slow schema must not hold up the others for long; a count over one municipality takes milliseconds. */
    static final int TIMEOUT_SECONDS = 30;

    /**
     * One scan of each table, aggregates only: no column of a person leaves the database. The dates follow "Mijn
     * werk": a trial is due at its planned end, an active match at its next evaluation; waiting time counts from the
     * registration date.
     */
    static final String SQL = """
            SELECT f.waiting, f.registered, f.longest_wait_days,
                   m.proposed, m.trial, m.active, m.overdue,
                   s.available,
                   e.continued, e.ended,
                   r.inbox, o.mails_pending, o.oldest_pending_mail_seconds
              FROM (SELECT count(*) FILTER (WHERE status = 'WAITING') AS waiting,
                           count(*) FILTER (WHERE status = 'REGISTERED') AS registered,
                           COALESCE(MAX(CAST(:today AS date) - registration_date)
                                        FILTER (WHERE status = 'WAITING'), 0) AS longest_wait_days
                      FROM family) f,
                   (SELECT count(*) FILTER (WHERE status = 'PROPOSED') AS proposed,
                           count(*) FILTER (WHERE status = 'TRIAL') AS trial,
                           count(*) FILTER (WHERE status = 'ACTIVE') AS active,
                           count(*) FILTER (WHERE (status = 'TRIAL' AND trial_planned_end < :today)
                                               OR (status = 'ACTIVE' AND next_evaluation_due < :today)) AS overdue
                      FROM family_match
                     WHERE status IN ('PROPOSED', 'TRIAL', 'ACTIVE')) m,
                   (SELECT count(*) AS available FROM support_family WHERE status = 'AVAILABLE') s,
                   (SELECT count(*) FILTER (WHERE decision = 'CONTINUE') AS continued,
                           count(*) FILTER (WHERE decision = 'END') AS ended
                      FROM evaluation
                     WHERE kind = 'TRIAL') e,
                   (SELECT count(*) AS inbox FROM public_registration WHERE handled_at IS NULL) r,
                   (SELECT count(*) AS mails_pending,
                           COALESCE(CAST(EXTRACT(EPOCH FROM (CAST(:now AS timestamptz) - MIN(created_at))) AS bigint), 0)
                               AS oldest_pending_mail_seconds
                      FROM outbox_mail WHERE status = 'PENDING') o
            """;

    private final TransactionTemplate readOnly;
    private final EntityManager entityManager;
    private final Clock clock;

    MunicipalityCountsQuery(
            PlatformTransactionManager transactionManager, EntityManagerFactory entityManagerFactory, Clock clock) {
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
        this.readOnly.setTimeout(TIMEOUT_SECONDS);
        this.entityManager = SharedEntityManagerCreator.createSharedEntityManager(entityManagerFactory);
        this.clock = clock;
    }

    MunicipalityCounts countsOf(Tenant tenant) {
        LocalDate today = LocalDate.now(clock);
        try (TenantContext.Scope ignored = TenantContext.enter(tenant)) {
            return readOnly.execute(status -> {
                Tuple row = (Tuple) entityManager
                        .createNativeQuery(SQL, Tuple.class)
                        .setParameter("today", today)
                        .setParameter("now", clock.instant())
                        .getSingleResult();
                return new MunicipalityCounts(
                        number(row, "waiting"),
                        number(row, "registered"),
                        number(row, "longest_wait_days"),
                        number(row, "proposed"),
                        number(row, "trial"),
                        number(row, "active"),
                        number(row, "available"),
                        number(row, "overdue"),
                        number(row, "continued"),
                        number(row, "ended"),
                        number(row, "inbox"),
                        number(row, "mails_pending"),
                        number(row, "oldest_pending_mail_seconds"));
            });
        }
    }

    private static long number(Tuple row, String alias) {
        Object value = row.get(alias);
        return value == null ? 0 : ((Number) value).longValue();
    }
}
