package nl.naober.casefile.screens;

import java.io.Serializable;
import java.time.LocalDate;
import nl.naober.family.FamilyStatus;
import nl.naober.family.FamilyStatusChange;
import nl.naober.family.LeaveReason;
import org.springframework.format.annotation.DateTimeFormat;

/** Declining a family or recording its withdrawal, as confirmed on its own page; {@link FamilyStatusChange} checks it. */
public class LeaveForm implements Serializable {

    private FamilyStatus target;

    private Long version;

    private LeaveReason reason;

    private String explanation;

    /** When it happened, if before today (issue 16); empty is today. */
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate changedOn;

    static LeaveForm of(FamilyStatus target, long version) {
        LeaveForm form = new LeaveForm();
        form.target = target;
        form.version = version;
        return form;
    }

    FamilyStatusChange toCommand() {
        return new FamilyStatusChange(target, version, reason, explanation, changedOn);
    }

    public FamilyStatus getTarget() {
        return target;
    }

    public void setTarget(FamilyStatus target) {
        this.target = target;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public LeaveReason getReason() {
        return reason;
    }

    public void setReason(LeaveReason reason) {
        this.reason = reason;
    }

    public String getExplanation() {
        return explanation;
    }

    public void setExplanation(String explanation) {
        this.explanation = explanation;
    }

    public LocalDate getChangedOn() {
        return changedOn;
    }

    public void setChangedOn(LocalDate changedOn) {
        this.changedOn = changedOn;
    }
}
