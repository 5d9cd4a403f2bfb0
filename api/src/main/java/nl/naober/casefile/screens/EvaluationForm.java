package nl.naober.casefile.screens;

import jakarta.validation.Valid;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;
import nl.naober.matching.MatchVocabulary;
import nl.naober.matching.NewEvaluation;
import nl.naober.matching.TrialEndReason;
import org.springframework.format.annotation.DateTimeFormat;

/** An evaluation as typed; {@link NewEvaluation} validates it. */
public class EvaluationForm implements Serializable, OutcomeRecording.Measured {

    private MatchVocabulary.EvaluationKind kind;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate heldOn;

    private MatchVocabulary.Decision decision;

    private String notes;

    /** The optional outcome measure taken at this visit (issue 15: recorded on the screens too). */
    @Valid
    private OutcomeFields measure = new OutcomeFields();
    /** The planned evaluation this records, if it was planned: doing it marks that appointment done. */
    private UUID appointmentId;
    /** The answer to "Wil je de proefperiode nu al afronden?", asked before the trial's planned end. */
    private Boolean endTrialEarly;
    /** Why the trial is not continued, asked with "Stoppen" (issue 16). */
    private TrialEndReason endReason;
    /** The match's version the page showed: a decision made on an outdated page is refused (issue 17). */
    private Long version;

    NewEvaluation toCommand() {
        return new NewEvaluation(kind, heldOn, decision, notes, endTrialEarly, endReason, version);
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public TrialEndReason getEndReason() {
        return endReason;
    }

    public void setEndReason(TrialEndReason endReason) {
        this.endReason = endReason;
    }

    public Boolean getEndTrialEarly() {
        return endTrialEarly;
    }

    public void setEndTrialEarly(Boolean endTrialEarly) {
        this.endTrialEarly = endTrialEarly;
    }

    public MatchVocabulary.EvaluationKind getKind() {
        return kind;
    }

    public void setKind(MatchVocabulary.EvaluationKind kind) {
        this.kind = kind;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public MatchVocabulary.Decision getDecision() {
        return decision;
    }

    public void setDecision(MatchVocabulary.Decision decision) {
        this.decision = decision;
    }

    public UUID getAppointmentId() {
        return appointmentId;
    }

    public void setAppointmentId(UUID appointmentId) {
        this.appointmentId = appointmentId;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    @Override
    public OutcomeFields getMeasure() {
        return measure;
    }

    public void setMeasure(OutcomeFields measure) {
        this.measure = measure;
    }
}
