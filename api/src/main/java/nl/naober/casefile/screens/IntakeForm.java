package nl.naober.casefile.screens;

import jakarta.validation.Valid;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;
import nl.naober.appointment.AppointmentView;
import nl.naober.programme.IntakeOutcome;
import nl.naober.programme.IntakeVisit;
import org.springframework.format.annotation.DateTimeFormat;

/** An intake visit as typed; {@link IntakeVisit} validates it and the service adds the coordinator. */
public class IntakeForm implements Serializable, OutcomeRecording.Measured {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate visitDate;

    private String wishes;
    private String notes;
    private IntakeOutcome outcome;

    /** The optional outcome measure taken at this visit (issue 15: recorded on the screens too). */
    @Valid
    private OutcomeFields measure = new OutcomeFields();
    /** The planned visit this records, if it was planned: doing it marks that appointment done. */
    private UUID appointmentId;

    static IntakeForm on(LocalDate day) {
        IntakeForm form = new IntakeForm();
        form.visitDate = day;
        return form;
    }

    /** The form for doing a planned visit: its date filled in. */
    static IntakeForm from(AppointmentView appointment) {
        IntakeForm form = on(appointment.date());
        form.appointmentId = appointment.id();
        return form;
    }

    IntakeVisit toCommand() {
        return new IntakeVisit(visitDate, null, wishes, notes, outcome);
    }

    public LocalDate getVisitDate() {
        return visitDate;
    }

    public void setVisitDate(LocalDate visitDate) {
        this.visitDate = visitDate;
    }

    public String getWishes() {
        return wishes;
    }

    public void setWishes(String wishes) {
        this.wishes = wishes;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public UUID getAppointmentId() {
        return appointmentId;
    }

    public void setAppointmentId(UUID appointmentId) {
        this.appointmentId = appointmentId;
    }

    public IntakeOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(IntakeOutcome outcome) {
        this.outcome = outcome;
    }

    @Override
    public OutcomeFields getMeasure() {
        return measure;
    }

    public void setMeasure(OutcomeFields measure) {
        this.measure = measure;
    }
}
