package nl.naober.outcome;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import nl.naober.accesslog.AccessRecord;
import nl.naober.accesslog.PersonalData;
import nl.naober.accesslog.RecordType;

/** One outcome measure of a family; kept (without names) for aggregate monitoring. */
@Entity
@Table(name = "outcome_measurement")
class OutcomeMeasurement implements PersonalData {

    @Id
    private UUID id;

    @Column(name = "family_id", nullable = false)
    private UUID familyId;

    @Column(name = "match_id")
    private UUID matchId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OutcomeMoment moment;

    @Column(name = "measured_on", nullable = false)
    private LocalDate measuredOn;

    @Column(name = "parenting_strain")
    private Integer parentingStrain;

    @Column(name = "family_rest")
    private Integer familyRest;

    @Column(name = "own_network")
    private Integer ownNetwork;

    @Column(name = "child_wellbeing")
    private Integer childWellbeing;

    private Integer satisfaction;

    @Column(name = "dropped_out")
    private Boolean droppedOut;

    @Column(name = "goal_reached_without_help")
    private Boolean goalReachedWithoutHelp;

    @Column(name = "heavier_care_needed")
    private Boolean heavierCareNeeded;

    protected OutcomeMeasurement() {}

    OutcomeMeasurement(UUID familyId, NewOutcome outcome, LocalDate measuredOn) {
        this.id = UUID.randomUUID();
        this.familyId = familyId;
        this.matchId = outcome.matchId();
        this.moment = outcome.moment();
        this.measuredOn = measuredOn;
        this.parentingStrain = outcome.parentingStrain();
        this.familyRest = outcome.familyRest();
        this.ownNetwork = outcome.ownNetwork();
        this.childWellbeing = outcome.childWellbeing();
        this.satisfaction = outcome.satisfaction();
        this.droppedOut = outcome.droppedOut();
        this.goalReachedWithoutHelp = outcome.goalReachedWithoutHelp();
        this.heavierCareNeeded = outcome.heavierCareNeeded();
    }

    OutcomeView toView() {
        return new OutcomeView(
                id,
                moment,
                measuredOn,
                matchId,
                parentingStrain,
                familyRest,
                ownNetwork,
                childWellbeing,
                satisfaction,
                droppedOut,
                goalReachedWithoutHelp,
                heavierCareNeeded);
    }

    @Override
    public AccessRecord accessRecord() {
        return new AccessRecord(RecordType.OUTCOME, id, familyId, null, matchId);
    }
}
