package nl.naober.casefile.screens;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Stream;
import nl.naober.outcome.NewOutcome;
import nl.naober.outcome.OutcomeMoment;

/**
 * The optional 0–5 outcome measure as chosen on the intake, evaluation and closing forms (radio buttons; "niet
 * gevraagd" sends nothing). Satisfaction and the two NJi questions are asked at closing only.
 */
public class OutcomeFields implements Serializable {

    @Min(value = 0, message = "{outcome.scale}")
    @Max(value = 5, message = "{outcome.scale}")
    private Integer parentingStrain;

    @Min(value = 0, message = "{outcome.scale}")
    @Max(value = 5, message = "{outcome.scale}")
    private Integer familyRest;

    @Min(value = 0, message = "{outcome.scale}")
    @Max(value = 5, message = "{outcome.scale}")
    private Integer ownNetwork;

    @Min(value = 0, message = "{outcome.scale}")
    @Max(value = 5, message = "{outcome.scale}")
    private Integer childWellbeing;

    @Min(value = 0, message = "{outcome.scale}")
    @Max(value = 5, message = "{outcome.scale}")
    private Integer satisfaction;

    private Boolean droppedOut;
    private Boolean goalReachedWithoutHelp;

    /** Nothing chosen: no measurement is stored. */
    boolean isEmpty() {
        return Stream.of(
                        parentingStrain,
                        familyRest,
                        ownNetwork,
                        childWellbeing,
                        satisfaction,
                        droppedOut,
                        goalReachedWithoutHelp)
                .allMatch(value -> value == null);
    }

    /** A measurement needs one of the four scores that monitoring compares between intake and closing. */
    boolean hasScore() {
        return Stream.of(parentingStrain, familyRest, ownNetwork, childWellbeing)
                .anyMatch(value -> value != null);
    }

    NewOutcome toOutcome(OutcomeMoment moment, LocalDate measuredOn, UUID matchId) {
        return new NewOutcome(
                moment,
                measuredOn,
                matchId,
                parentingStrain,
                familyRest,
                ownNetwork,
                childWellbeing,
                moment == OutcomeMoment.CLOSING ? satisfaction : null,
                moment == OutcomeMoment.CLOSING ? droppedOut : null,
                moment == OutcomeMoment.CLOSING ? goalReachedWithoutHelp : null,
                null);
    }

    public Integer getParentingStrain() {
        return parentingStrain;
    }

    public void setParentingStrain(Integer parentingStrain) {
        this.parentingStrain = parentingStrain;
    }

    public Integer getFamilyRest() {
        return familyRest;
    }

    public void setFamilyRest(Integer familyRest) {
        this.familyRest = familyRest;
    }

    public Integer getOwnNetwork() {
        return ownNetwork;
    }

    public void setOwnNetwork(Integer ownNetwork) {
        this.ownNetwork = ownNetwork;
    }

    public Integer getChildWellbeing() {
        return childWellbeing;
    }

    public void setChildWellbeing(Integer childWellbeing) {
        this.childWellbeing = childWellbeing;
    }

    public Integer getSatisfaction() {
        return satisfaction;
    }

    public void setSatisfaction(Integer satisfaction) {
        this.satisfaction = satisfaction;
    }

    public Boolean getDroppedOut() {
        return droppedOut;
    }

    public void setDroppedOut(Boolean droppedOut) {
        this.droppedOut = droppedOut;
    }

    public Boolean getGoalReachedWithoutHelp() {
        return goalReachedWithoutHelp;
    }

    public void setGoalReachedWithoutHelp(Boolean goalReachedWithoutHelp) {
        this.goalReachedWithoutHelp = goalReachedWithoutHelp;
    }
}
