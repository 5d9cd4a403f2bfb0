package nl.naober.casefile.screens;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import nl.naober.appointment.AppointmentKind;
import nl.naober.appointment.AppointmentMove;
import nl.naober.appointment.AppointmentView;
import nl.naober.appointment.NewAppointment;
import org.springframework.format.annotation.DateTimeFormat;

/** A visit to plan or move, as typed; {@link NewAppointment} and {@link AppointmentMove} validate it. */
public class AppointmentForm implements Serializable {

    private AppointmentKind kind;
    private UUID subjectId;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;

    @DateTimeFormat(pattern = "HH:mm")
    private LocalTime time;

    private String place;
    private Long version;

    static AppointmentForm forFile(AppointmentKind kind, UUID subjectId) {
        AppointmentForm form = new AppointmentForm();
        form.kind = kind;
        form.subjectId = subjectId;
        return form;
    }

    static AppointmentForm of(AppointmentView appointment) {
        AppointmentForm form = forFile(appointment.kind(), appointment.subjectId());
        form.date = appointment.date();
        form.time = appointment.time();
        form.place = appointment.place();
        form.version = appointment.version();
        return form;
    }

    NewAppointment toCommand() {
        return new NewAppointment(kind, subjectId, date, time, null, place);
    }

    AppointmentMove toMove() {
        return new AppointmentMove(date, time, place == null ? "" : place, version);
    }

    public AppointmentKind getKind() {
        return kind;
    }

    public void setKind(AppointmentKind kind) {
        this.kind = kind;
    }

    public UUID getSubjectId() {
        return subjectId;
    }

    public void setSubjectId(UUID subjectId) {
        this.subjectId = subjectId;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public LocalTime getTime() {
        return time;
    }

    public void setTime(LocalTime time) {
        this.time = time;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
