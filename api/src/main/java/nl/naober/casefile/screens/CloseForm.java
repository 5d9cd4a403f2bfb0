package nl.naober.casefile.screens;

import jakarta.validation.Valid;
import java.io.Serializable;
import java.time.LocalDate;
import nl.naober.matching.CloseReason;
import nl.naober.matching.MatchClosing;
import org.springframework.format.annotation.DateTimeFormat;

/** Closing a match as typed; {@link MatchClosing} validates it. */
public class CloseForm implements Serializable, OutcomeRecording.Measured {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endedOn;

    private CloseReason reason;

    private String outcomeNotes;

    private Long version;

    /** The optional outcome measure taken at this visit (issue 15: recorded on the screens too). */
    @Valid
    private OutcomeFields measure = new OutcomeFields();
    /** Set by the confirmation page's "yes": the first submit only asks (issue 15). */
    private boolean confirmed;

    MatchClosing toCommand() {
        return new MatchClosing(endedOn, reason, outcomeNotes, version);
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public void setEndedOn(LocalDate endedOn) {
        this.endedOn = endedOn;
    }

    public CloseReason getReason() {
        return reason;
    }

    public void setReason(CloseReason reason) {
        this.reason = reason;
    }

    public String getOutcomeNotes() {
        return outcomeNotes;
    }

    public void setOutcomeNotes(String outcomeNotes) {
        this.outcomeNotes = outcomeNotes;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public void setConfirmed(boolean confirmed) {
        this.confirmed = confirmed;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    @Override
    public OutcomeFields getMeasure() {
        return measure;
    }

    public void setMeasure(OutcomeFields measure) {
        this.measure = measure;
    }
}
