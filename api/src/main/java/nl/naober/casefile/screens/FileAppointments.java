package nl.naober.casefile.screens;

import java.util.Optional;
import java.util.UUID;
import nl.naober.appointment.AppointmentKind;
import nl.naober.appointment.AppointmentView;
import nl.naober.appointment.Appointments;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the family, support-family and match pages share about planned visits: the list and the "Bezoek plannen"
 * form, the intake or evaluation form filled in from a planned visit ("Vastleggen"), and recording through it.
 */
@Component
class FileAppointments {

    private final Appointments appointments;
    private final AppointmentRows rows;

    FileAppointments(Appointments appointments, AppointmentRows rows) {
        this.appointments = appointments;
        this.rows = rows;
    }

    void show(Model model, AppointmentKind kind, UUID subjectId) {
        AppointmentScreens.onFilePage(model, rows.of(appointments.plannedFor(subjectId)), kind, subjectId);
    }

    /** The planned visit of this kind for this file, if {@code appointmentId} names one; else empty. */
    Optional<AppointmentView> planned(UUID appointmentId, AppointmentKind kind, UUID subjectId) {
        if (appointmentId == null) {
            return Optional.empty();
        }
        AppointmentView appointment = appointments.get(appointmentId);
        return appointment.planned()
                        && appointment.kind() == kind
                        && appointment.subjectId().equals(subjectId)
                ? Optional.of(appointment)
                : Optional.empty();
    }

    /**
     * Records the intake as the doing of its planned visit, when the form came from one for this file.
     *
     * @return false when the form came from no planned visit (of this file): the caller records it directly
     */
    boolean recordIntake(IntakeForm form, AppointmentKind kind, UUID subjectId) {
        if (planned(form.getAppointmentId(), kind, subjectId).isEmpty()) {
            return false;
        }
        appointments.completeIntake(form.getAppointmentId(), form.toCommand());
        return true;
    }

    /** As {@link #recordIntake}, for a match's evaluation. */
    boolean recordEvaluation(EvaluationForm form, UUID matchId) {
        if (planned(form.getAppointmentId(), AppointmentKind.MATCH_EVALUATION, matchId)
                .isEmpty()) {
            return false;
        }
        appointments.completeEvaluation(form.getAppointmentId(), form.toCommand());
        return true;
    }
}
