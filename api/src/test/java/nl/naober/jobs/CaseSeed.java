package nl.naober.jobs;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.naober.support.Sql;

/**
 * Case data written straight into a test municipality's schema: only the columns the digest reads are varied. Every
 * family and household is called "Geheim" and every member has a first name of its own, so a test can check that no
 * mail names them.
 */
final class CaseSeed {

    static final String SECRET_NAME = "Geheim";

    private final String schema;

    CaseSeed(String schema) {
        this.schema = schema;
    }

    UUID family() {
        UUID id = UUID.randomUUID();
        Sql.execute(
                "INSERT INTO " + schema + ".family (id, parent_name, postcode, number_of_children, registration_date,"
                        + " status, created_at) VALUES (?, ?, '7901 AA', 1, DATE '2026-01-05', 'MATCHED', now())",
                id,
                "Familie " + SECRET_NAME);
        return id;
    }

    UUID supportFamily(String status, String coordinator) {
        UUID id = UUID.randomUUID();
        Sql.execute(
                "INSERT INTO " + schema + ".support_family (id, household_name, postcode, status, created_at,"
                        + " coordinator) VALUES (?, ?, '7902 BB', ?, now(), ?)",
                id,
                "Huishouden " + SECRET_NAME,
                status,
                coordinator);
        return id;
    }

    UUID member(UUID supportFamily, String firstName, LocalDate birthDate) {
        UUID id = UUID.randomUUID();
        Sql.execute(
                "INSERT INTO " + schema + ".household_member (id, support_family_id, first_name, birth_date)"
                        + " VALUES (?, ?, ?, ?)",
                id,
                supportFamily,
                firstName,
                birthDate);
        return id;
    }

    /** @param issuedOn null: requested, not received yet */
    void certificate(UUID member, LocalDate requestedOn, LocalDate issuedOn) {
        Sql.execute(
                "INSERT INTO " + schema + ".conduct_certificate (id, member_id, requested_on, issued_on)"
                        + " VALUES (?, ?, ?, ?)",
                UUID.randomUUID(),
                member,
                requestedOn,
                issuedOn);
    }

    UUID match(String status, String coordinator, LocalDate trialPlannedEnd, LocalDate evaluationDue) {
        UUID id = UUID.randomUUID();
        Sql.execute(
                "INSERT INTO " + schema + ".family_match (id, family_id, support_family_id, status, child_ids,"
                        + " number_of_children, day_parts, proposed_on, trial_planned_end, next_evaluation_due,"
                        + " coordinator, created_at) VALUES (?, ?, ?, ?, '', 1, 'FRIDAY_AFTERNOON',"
                        + " DATE '2026-01-05', ?, ?, ?, now())",
                id,
                family(),
                supportFamily("AVAILABLE", null),
                status,
                trialPlannedEnd,
                evaluationDue,
                coordinator);
        return id;
    }

    /** A self-registration as family (FAMILY) or support family; returns the record it became. */
    UUID registration(String kind, String firstName, Instant receivedAt, boolean handled) {
        boolean family = kind.equals("FAMILY");
        UUID record = family ? family() : supportFamily("REGISTERED", null);
        Sql.execute(
                "INSERT INTO " + schema + ".public_registration (id, kind, received_at, channel, first_name,"
                        + " family_id, support_family_id, content_hash, consent_version, consent_at, handled_at)"
                        + " VALUES (?, ?, ?, 'FORM', ?, ?, ?, ?, '2026-1', ?, ?)",
                UUID.randomUUID(),
                kind,
                Timestamp.from(receivedAt),
                firstName,
                family ? record : null,
                family ? null : record,
                UUID.randomUUID().toString(),
                Timestamp.from(receivedAt),
                handled ? Timestamp.from(receivedAt.plusSeconds(3600)) : null);
        return record;
    }

    void handleAllRegistrations() {
        Sql.execute("UPDATE " + schema + ".public_registration SET handled_at = now(), handled_by = 'test'"
                + " WHERE handled_at IS NULL");
    }
}
