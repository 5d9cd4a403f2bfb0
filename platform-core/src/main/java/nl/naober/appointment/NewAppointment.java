package nl.naober.appointment;

import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * A visit to plan: today or later (that is the point of planning; a visit that already took place is recorded
 * directly), at a time of day in Dutch time.
 *
 * @param subjectId the family (FAMILY_INTAKE), the support family (SUPPORT_FAMILY_INTAKE) or the match
 *     (MATCH_EVALUATION)
 * @param minutes how long it takes; 60 when not given
 * @param place optional, as the coordinator types it (e.g. "bij het gezin thuis"); stored encrypted
 */
public record NewAppointment(
        @NotNull(message = "{appointment.kind.required}") AppointmentKind kind,
        @NotNull(message = "{appointment.subject.required}") UUID subjectId,

        @NotNull(message = "{appointment.date.required}") @FutureOrPresent(message = "{appointment.date.past}")
        LocalDate date,

        @NotNull(message = "{appointment.time.required}") LocalTime time,

        @Min(value = 15, message = "{appointment.minutes.range}")
        @Max(value = 480, message = "{appointment.minutes.range}")
        Integer minutes,

        @Size(max = 100, message = "{field.max100}") String place) {}
