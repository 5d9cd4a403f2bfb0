package nl.naober.monitoring.web;

import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import nl.naober.support.Sql;

/** Plain SQL INSERTs into one municipality's schema: exactly the rows a monitoring test wants, nothing else. */
public final class MonitoringSeed {

    private final String schema;

    public MonitoringSeed(String schema) {
        this.schema = '"' + schema + '"';
    }

    public UUID family(String registered, String source, String reasons, String status, String statusChangedOn) {
        UUID id = UUID.randomUUID();
        Sql.execute(
                "INSERT INTO " + schema + ".family (id, parent_name, postcode, number_of_children, registration_date,"
                        + " status, created_at, source, reasons, status_changed_on) VALUES (?, ?, '7941 AB', 1, ?, ?,"
                        + " ?, ?, ?, ?)",
                id,
                "Gezin " + id.toString().substring(0, 8),
                date(registered),
                status,
                OffsetDateTime.of(LocalDate.parse(registered).atTime(9, 0), ZoneOffset.ofHours(1)),
                source,
                reasons,
                date(statusChangedOn));
        return id;
    }

    public void intake(UUID family, String visitDate) {
        Sql.execute(
                "INSERT INTO " + schema + ".family_intake (family_id, visit_date, coordinator, outcome)"
                        + " VALUES (?, ?, 'coordinator', 'SUITABLE')",
                family,
                date(visitDate));
    }

    /** @param createdAt a local date; stored as 10:00 Amsterdam winter time, and as the registration date */
    public UUID supportFamily(String createdAt, String status, int capacity, String statusChangedOn) {
        UUID id = UUID.randomUUID();
        Sql.execute(
                "INSERT INTO " + schema + ".support_family (id, household_name, postcode, status, created_at,"
                        + " capacity, status_changed_on, registration_date) VALUES (?, ?, '7941 AB', ?, ?, ?, ?, ?)",
                id,
                "Steungezin " + id.toString().substring(0, 8),
                status,
                OffsetDateTime.of(LocalDate.parse(createdAt).atTime(10, 0), ZoneOffset.ofHours(1)),
                capacity,
                date(statusChangedOn),
                date(createdAt));
        return id;
    }

    public UUID match(
            UUID family,
            UUID supportFamily,
            String status,
            int children,
            String dayParts,
            String proposedOn,
            String trialStart,
            String activeSince,
            String endedOn,
            String closeReason) {
        UUID id = UUID.randomUUID();
        Sql.execute(
                "INSERT INTO " + schema + ".family_match (id, family_id, support_family_id, status, child_ids,"
                        + " number_of_children, day_parts, proposed_on, trial_start, active_since, ended_on,"
                        + " close_reason, created_at) VALUES (?, ?, ?, ?, '', ?, ?, ?, ?, ?, ?, ?, now())",
                id,
                family,
                supportFamily,
                status,
                children,
                dayParts,
                date(proposedOn),
                date(trialStart),
                date(activeSince),
                date(endedOn),
                closeReason);
        return id;
    }

    public void evaluation(UUID match, String kind, String heldOn, String decision) {
        Sql.execute(
                "INSERT INTO " + schema + ".evaluation (id, match_id, kind, held_on, decision) VALUES (?, ?, ?, ?, ?)",
                UUID.randomUUID(),
                match,
                kind,
                date(heldOn),
                decision);
    }

    public void signal(UUID match, String notedOn, String kind, String referral) {
        Sql.execute(
                "INSERT INTO " + schema + ".match_signal (id, match_id, noted_on, kind, reported_by, referral,"
                        + " referral_consent) VALUES (?, ?, ?, ?, 'COORDINATOR', ?, ?)",
                UUID.randomUUID(),
                match,
                date(notedOn),
                kind,
                referral,
                !"NONE".equals(referral));
    }

    /** Ratings: parenting strain, family rest, own network, child wellbeing (null: not answered). */
    public void outcome(
            UUID family,
            String moment,
            String measuredOn,
            Integer strain,
            Integer rest,
            Integer network,
            Integer wellbeing,
            Boolean droppedOut,
            Boolean goalReached,
            Boolean heavierCare) {
        Sql.execute(
                "INSERT INTO " + schema + ".outcome_measurement (id, family_id, moment, measured_on,"
                        + " parenting_strain, family_rest, own_network, child_wellbeing, dropped_out,"
                        + " goal_reached_without_help, heavier_care_needed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                UUID.randomUUID(),
                family,
                moment,
                date(measuredOn),
                strain,
                rest,
                network,
                wellbeing,
                droppedOut,
                goalReached,
                heavierCare);
    }

    private static Date date(String value) {
        return value == null ? null : Date.valueOf(value);
    }
}
