package nl.naober.retention;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.naober.programme.ProgrammeTime;
import org.springframework.stereotype.Component;

/**
 * The files whose retention period has passed on {@code cutoff} (today minus the municipality's retention months):
 * closed, withdrawn or declined families and stopped support families whose last change is before it, and files that
 * came in by the public form and were never taken up. A file with an open match is never a candidate.
 */
@Component
class RetentionCandidates {

    private static final String OPEN_MATCH =
            "SELECT 1 FROM family_match m WHERE m.status IN ('PROPOSED', 'TRIAL'," + " 'ACTIVE') AND m.";

    private static final String FAMILIES = """
            SELECT f.id FROM family f
             WHERE f.anonymised_on IS NULL
               AND ((f.status IN ('CLOSED', 'WITHDRAWN', 'DECLINED')
                     AND COALESCE(f.status_changed_on, f.registration_date) < :cutoff)
                 OR (f.status = 'REGISTERED' AND f.registration_date < :cutoff
                     AND EXISTS (SELECT 1 FROM public_registration r WHERE r.family_id = f.id AND r.handled_at IS NULL)))
               AND NOT EXISTS (%s family_id = f.id)
             ORDER BY f.id
            """.formatted(OPEN_MATCH);

    private static final String SUPPORT_FAMILIES = """
            SELECT s.id FROM support_family s
             WHERE s.anonymised_on IS NULL
               AND ((s.status = 'STOPPED'
                     AND COALESCE(s.status_changed_on, CAST(s.created_at AT TIME ZONE '%2$s' AS date))
                         < :cutoff)
                 OR (s.status = 'REGISTERED' AND CAST(s.created_at AT TIME ZONE '%2$s' AS date) < :cutoff
                     AND EXISTS (SELECT 1 FROM public_registration r
                                  WHERE r.support_family_id = s.id AND r.handled_at IS NULL)))
               AND NOT EXISTS (%s support_family_id = s.id)
             ORDER BY s.id
            """.formatted(OPEN_MATCH, ProgrammeTime.ZONE_ID);

    @PersistenceContext
    private EntityManager entityManager;

    List<UUID> families(LocalDate cutoff) {
        return ids(FAMILIES, cutoff);
    }

    List<UUID> supportFamilies(LocalDate cutoff) {
        return ids(SUPPORT_FAMILIES, cutoff);
    }

    /** What anonymising these files would touch, counted as {@link RetentionCounts} defines, without a name. */
    RetentionCounts count(List<UUID> families, List<UUID> supportFamilies, Instant logCutoff) {
        List<UUID> f = families.isEmpty() ? List.of(NONE) : families;
        List<UUID> s = supportFamilies.isEmpty() ? List.of(NONE) : supportFamilies;
        return new RetentionCounts(
                families.size(),
                count("SELECT count(*) FROM child WHERE family_id IN (:f)", f, s),
                supportFamilies.size(),
                count("SELECT count(*) FROM household_member WHERE support_family_id IN (:s)", f, s),
                count("SELECT count(*) FROM family_match WHERE family_id IN (:f) OR support_family_id IN (:s)", f, s),
                count(
                        "SELECT count(*) FROM public_registration WHERE family_id IN (:f) OR support_family_id IN (:s)",
                        f,
                        s),
                count("""
                        SELECT count(*) FROM outbox_mail o
                         WHERE lower(o.recipient) IN (SELECT lower(contact_email) FROM family WHERE id IN (:f)
                                                      UNION SELECT lower(email) FROM support_family WHERE id IN (:s))
                        """, f, s),
                ((Number) entityManager
                                .createNativeQuery("SELECT count(*) FROM access_log WHERE occurred_at < :logCutoff")
                                .setParameter("logCutoff", logCutoff)
                                .getSingleResult())
                        .intValue());
    }

    /** Stands in for an empty id list: {@code IN ()} is not SQL. */
    private static final UUID NONE = new UUID(0, 0);

    private int count(String sql, List<UUID> families, List<UUID> supportFamilies) {
        var query = entityManager.createNativeQuery(sql);
        if (sql.contains(":f")) {
            query.setParameter("f", families);
        }
        if (sql.contains(":s")) {
            query.setParameter("s", supportFamilies);
        }
        return ((Number) query.getSingleResult()).intValue();
    }

    @SuppressWarnings("unchecked")
    private List<UUID> ids(String sql, LocalDate cutoff) {
        return entityManager
                .createNativeQuery(sql, UUID.class)
                .setParameter("cutoff", cutoff)
                .getResultList();
    }
}
