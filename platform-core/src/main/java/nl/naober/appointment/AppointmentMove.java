package nl.naober.appointment;

import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A planned visit moved to another day or time (and, when given, another place).
 *
 * @param place the new place; {@code null} keeps the old one, blank clears it
 * @param version the version the change starts from (a stale one is refused: someone else changed it meanwhile)
 */
public record AppointmentMove(
        @NotNull(message = "{appointment.date.required}") @FutureOrPresent(message = "{appointment.date.past}")
        LocalDate date,

        @NotNull(message = "{appointment.time.required}") LocalTime time,
        @Size(max = 100, message = "{field.max100}") String place,
        Long version) {}
