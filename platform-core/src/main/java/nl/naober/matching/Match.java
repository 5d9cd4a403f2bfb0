package nl.naober.matching;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.naober.accesslog.AccessRecord;
import nl.naober.accesslog.PersonalData;
import nl.naober.accesslog.RecordType;
import nl.naober.crypto.EncryptedText;
import nl.naober.programme.DayPart;
import nl.naober.programme.EnumSetConverter;
import nl.naober.programme.EventDateException;
import nl.naober.programme.TransitionNotAllowedException;

/** A match (koppeling) of a family's children with a support family, from proposal to its end. */
@Entity
@Table(name = "family_match")
class Match implements PersonalData {

    @Id
    private UUID id;

    @Column(name = "family_id", nullable = false)
    private UUID familyId;

    @Column(name = "support_family_id", nullable = false)
    private UUID supportFamilyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MatchStatus status;

    @Convert(converter = UuidListConverter.class)
    @Column(name = "child_ids", nullable = false, length = 400)
    private List<UUID> childIds;

    @Column(name = "number_of_children", nullable = false)
    private int numberOfChildren;

    @Convert(converter = EnumSetConverter.DayParts.class)
    @Column(name = "day_parts", nullable = false, length = 400)
    private Set<DayPart> dayParts;

    @Column(name = "proposed_on", nullable = false)
    private LocalDate proposedOn;

    @Column(name = "trial_start")
    private LocalDate trialStart;

    @Column(name = "trial_planned_end")
    private LocalDate trialPlannedEnd;

    @Column(name = "active_since")
    private LocalDate activeSince;

    @Column(name = "next_evaluation_due")
    private LocalDate nextEvaluationDue;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "close_reason", length = 30)
    private CloseReason closeReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "trial_end_reason", length = 30)
    private TrialEndReason trialEndReason;

    @Convert(converter = EncryptedText.class)
    @Column(name = "outcome_notes", length = 2000)
    private String outcomeNotes;

    @Column(length = 100)
    private String coordinator;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Match() {}

    Match(
            UUID familyId,
            UUID supportFamilyId,
            List<UUID> childIds,
            Set<DayPart> dayParts,
            String coordinator,
            LocalDate today,
            Instant now) {
        this.id = UUID.randomUUID();
        this.familyId = familyId;
        this.supportFamilyId = supportFamilyId;
        this.childIds = List.copyOf(childIds);
        this.numberOfChildren = childIds.size();
        this.dayParts = EnumSet.copyOf(dayParts);
        this.coordinator = coordinator;
        this.status = MatchStatus.PROPOSED;
        this.proposedOn = today;
        this.createdAt = now;
    }

    void startTrial(LocalDate start, Period trialLength) {
        moveTo(MatchStatus.TRIAL);
        EventDateException.requireNotBefore("startDate", start, "proposedOn", proposedOn);
        this.trialStart = start;
        this.trialPlannedEnd = start.plus(trialLength);
        this.nextEvaluationDue = trialPlannedEnd;
    }

    void continueAfterTrial(LocalDate evaluatedOn, Period evaluationInterval) {
        moveTo(MatchStatus.ACTIVE);
        this.activeSince = evaluatedOn;
        this.nextEvaluationDue = evaluatedOn.plus(evaluationInterval);
    }

    /** Whether the match is in its trial and the trial is planned to run past {@code day}. */
    boolean trialRunsAfter(LocalDate day) {
        return status == MatchStatus.TRIAL && trialPlannedEnd != null && day.isBefore(trialPlannedEnd);
    }

    void evaluatedPeriodically(LocalDate evaluatedOn, Period evaluationInterval) {
        requireStatus(MatchStatus.ACTIVE, MatchStatus.ENDED);
        this.nextEvaluationDue = evaluatedOn.plus(evaluationInterval);
    }

    void end(LocalDate endedOn, CloseReason reason, String outcomeNotes) {
        moveTo(MatchStatus.ENDED);
        this.endedOn = endedOn;
        this.closeReason = reason;
        this.outcomeNotes = outcomeNotes;
        this.nextEvaluationDue = null;
    }

    /** A trial evaluation decided END: closed as TRIAL_NOT_CONTINUED, with why. */
    void endTrial(LocalDate endedOn, TrialEndReason reason, String notes) {
        end(endedOn, CloseReason.TRIAL_NOT_CONTINUED, notes);
        this.trialEndReason = reason;
    }

    void cancel(LocalDate today) {
        moveTo(MatchStatus.CANCELLED);
        EventDateException.requireNotBefore("cancelledOn", today, "proposedOn", proposedOn);
        this.endedOn = today;
    }

    /**
     * Evaluations, contacts, signals and the closing lie on or after the trial's start (and the closing of a match
     * that continued on or after that decision); {@code field} names the command's date.
     */
    void requireOnOrAfterTrialStart(String field, LocalDate day) {
        EventDateException.requireNotBefore(field, day, "proposedOn", proposedOn);
        EventDateException.requireNotBefore(field, day, "trialStart", trialStart);
        if ("endedOn".equals(field)) {
            EventDateException.requireNotBefore(field, day, "activeSince", activeSince);
        }
    }

    /** Contact moments and signals belong to a running match. */
    void requireRunning(MatchStatus attempted) {
        if (status != MatchStatus.TRIAL && status != MatchStatus.ACTIVE) {
            throw TransitionNotAllowedException.from("match", status, attempted, status.targets());
        }
    }

    private void requireStatus(MatchStatus required, MatchStatus attempted) {
        if (status != required) {
            throw TransitionNotAllowedException.from("match", status, attempted, status.targets());
        }
    }

    private void moveTo(MatchStatus target) {
        if (!status.targets().contains(target)) {
            throw TransitionNotAllowedException.from("match", status, target, status.targets());
        }
        this.status = target;
    }

    UUID id() {
        return id;
    }

    UUID familyId() {
        return familyId;
    }

    UUID supportFamilyId() {
        return supportFamilyId;
    }

    List<UUID> childIds() {
        return childIds;
    }

    MatchStatus status() {
        return status;
    }

    long version() {
        return version;
    }

    MatchView toView(List<EvaluationView> evaluations, List<ContactView> contacts, List<SignalView> signals) {
        return new MatchView(
                id,
                familyId,
                supportFamilyId,
                status,
                status.targets(),
                childIds,
                Set.copyOf(dayParts),
                proposedOn,
                trialStart,
                trialPlannedEnd,
                activeSince,
                nextEvaluationDue,
                endedOn,
                closeReason,
                trialEndReason,
                outcomeNotes,
                coordinator,
                evaluations,
                contacts,
                signals,
                version);
    }

    /** As a list of matches shows it: one query gives a list of them, nothing recorded along them is read. */
    MatchSummary toSummary() {
        return new MatchSummary(id, familyId, supportFamilyId, status, proposedOn, Set.copyOf(dayParts));
    }

    @Override
    public AccessRecord accessRecord() {
        return new AccessRecord(RecordType.MATCH, id, familyId, supportFamilyId, id);
    }
}
