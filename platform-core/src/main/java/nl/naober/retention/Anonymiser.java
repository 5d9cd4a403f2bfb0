package nl.naober.retention;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.naober.accesslog.AccessAction;
import nl.naober.accesslog.AccessEntry;
import nl.naober.accesslog.AccessLog;
import nl.naober.accesslog.AccessRecord;
import nl.naober.accesslog.Accessor;
import nl.naober.accesslog.RecordType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removes what names or describes a person from one file, in the caller's transaction, with SQL on the tenant
 * schema: the columns are listed here once, so the rule of {@code package-info} is readable in one place. Text goes
 * to null (or a fixed word where the column may not be empty); the year of a birth date, the 4-digit postcode, every
 * date, state, reason, score and count stay. The file's timeline keeps its kinds, dates and codes, not its text: a
 * note or a proposal's summary names people.
 */
@Component
class Anonymiser {

    static final String ANONYMOUS = "Geanonimiseerd";

    /**
     * Timeline summaries of these kinds hold only codes (states, outcomes, reasons) or a coordinator's username and
     * stay; every other kind (a note, a proposal naming the support family, any kind added later) loses its text.
     */
    private static final String FREE_TEXT = "kind NOT IN ('REGISTERED', 'STATUS_CHANGED', 'INTAKE', 'CONTACT',"
            + " 'SIGNAL', 'EVALUATION', 'TRIAL_STARTED', 'MATCH_CLOSED', 'MATCH_CANCELLED', 'OUTCOME',"
            + " 'COORDINATOR_ASSIGNED', 'DETAILS_CHANGED')";

    /** Matches of the file: their notes and everything written about them lose their text. */
    private static final List<String> MATCH_TEXT = List.of(
            "UPDATE family_match SET outcome_notes = NULL, version = version + 1 WHERE id IN (:matches)",
            "UPDATE evaluation SET notes = NULL WHERE match_id IN (:matches)",
            "UPDATE match_signal SET notes = NULL WHERE match_id IN (:matches)",
            "UPDATE contact_moment SET notes = NULL WHERE match_id IN (:matches)",
            "UPDATE timeline_entry SET summary = '' WHERE match_id IN (:matches) AND " + FREE_TEXT);

    private final AccessLog accessLog;

    @PersistenceContext
    private EntityManager entityManager;

    Anonymiser(AccessLog accessLog) {
        this.accessLog = accessLog;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public RetentionCounts family(UUID id, LocalDate today, Accessor who, String why) {
        int mails = mailsTo("SELECT contact_email FROM family WHERE id = :id", id);
        int children = update("""
                UPDATE child SET first_name = 'Kind', needs_text = NULL,
                       birth_date = make_date(CAST(extract(year FROM birth_date) AS int), 1, 1)
                 WHERE family_id = :id
                """, id);
        update("UPDATE family_intake SET wishes = NULL, notes = NULL WHERE family_id = :id", id);
        update("UPDATE appointment SET place = NULL WHERE family_id = :id", id);
        int registrations = update(
                "UPDATE public_registration SET first_name = '', content_hash = :blankHash WHERE family_id = :id", id);
        update("UPDATE timeline_entry SET summary = '' WHERE family_id = :id AND " + FREE_TEXT, id);
        List<UUID> matches = ids("SELECT id FROM family_match WHERE family_id = :id", id);
        matchText(matches);
        int families = entityManager
                .createNativeQuery("""
                        UPDATE family SET parent_name = :anonymous, second_parent_name = NULL, contact_email = NULL,
                               phone = NULL, street = NULL, house_number = NULL, postcode = left(postcode, 4),
                               latitude = NULL, longitude = NULL, reason_other = NULL, leave_explanation = NULL,
                               anonymised_on = :today, version = version + 1
                         WHERE id = :id AND anonymised_on IS NULL
                        """)
                .setParameter("anonymous", ANONYMOUS)
                .setParameter("today", today)
                .setParameter("id", id)
                .executeUpdate();
        log(who, AccessRecord.family(RecordType.FAMILY, id, id), why);
        return new RetentionCounts(families, children, 0, 0, matches.size(), registrations, mails, 0);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public RetentionCounts supportFamily(UUID id, LocalDate today, Accessor who, String why) {
        int mails = mailsTo("SELECT email FROM support_family WHERE id = :id", id);
        int members = update("""
                UPDATE household_member SET first_name = 'Lid',
                       birth_date = make_date(CAST(extract(year FROM birth_date) AS int), 1, 1)
                 WHERE support_family_id = :id
                """, id);
        update("UPDATE support_family_intake SET wishes = NULL, notes = NULL WHERE support_family_id = :id", id);
        update("UPDATE appointment SET place = NULL WHERE support_family_id = :id", id);
        int registrations = update(
                "UPDATE public_registration SET first_name = '', content_hash = :blankHash"
                        + " WHERE support_family_id = :id",
                id);
        update("UPDATE timeline_entry SET summary = '' WHERE support_family_id = :id AND " + FREE_TEXT, id);
        List<UUID> matches = ids("SELECT id FROM family_match WHERE support_family_id = :id", id);
        matchText(matches);
        int supportFamilies = entityManager
                .createNativeQuery("""
                        UPDATE support_family SET household_name = :anonymous, email = NULL, phone = NULL,
                               street = NULL, house_number = NULL, postcode = left(postcode, 4), latitude = NULL,
                               longitude = NULL, experience_text = NULL, preferences = NULL, anonymised_on = :today,
                               version = version + 1
                         WHERE id = :id AND anonymised_on IS NULL
                        """)
                .setParameter("anonymous", ANONYMOUS)
                .setParameter("today", today)
                .setParameter("id", id)
                .executeUpdate();
        log(who, AccessRecord.supportFamily(RecordType.SUPPORT_FAMILY, id, id), why);
        return new RetentionCounts(0, 0, supportFamilies, members, matches.size(), registrations, mails, 0);
    }

    private void log(Accessor who, AccessRecord record, String why) {
        accessLog.recordAs(who, new AccessEntry(AccessAction.ANONYMISE, record, List.of("all personal data"), why));
    }

    /**
     * E-mails to the file's address: one still waiting can no longer be sent and goes; a sent one keeps its date and
     * purpose but loses its address and body.
     */
    private int mailsTo(String addressQuery, UUID id) {
        String address = "(" + addressQuery + ")";
        int deleted = update(
                "DELETE FROM outbox_mail WHERE status IN ('PENDING', 'HELD') AND lower(recipient) = lower(" + address
                        + ")",
                id);
        int blanked = update(
                "UPDATE outbox_mail SET recipient = '" + ANONYMOUS + "', body = ''" + " WHERE lower(recipient) = lower("
                        + address + ")",
                id);
        return deleted + blanked;
    }

    private void matchText(List<UUID> matches) {
        if (matches.isEmpty()) {
            return;
        }
        for (String sql : MATCH_TEXT) {
            entityManager
                    .createNativeQuery(sql)
                    .setParameter("matches", matches)
                    .executeUpdate();
        }
    }

    private int update(String sql, UUID id) {
        var query = entityManager.createNativeQuery(sql).setParameter("id", id);
        if (sql.contains(":blankHash")) {
            query.setParameter("blankHash", "0".repeat(64));
        }
        return query.executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private List<UUID> ids(String sql, UUID id) {
        return entityManager
                .createNativeQuery(sql, UUID.class)
                .setParameter("id", id)
                .getResultList();
    }
}
