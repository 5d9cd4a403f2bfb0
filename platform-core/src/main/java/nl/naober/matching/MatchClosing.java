package nl.naober.matching;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Closing a match with its reason and outcome. @param endedOn defaults to today */
public record MatchClosing(
        @PastOrPresent(message = "{date.future}") LocalDate endedOn,
        @NotNull(message = "{match.closeReason.required}") CloseReason reason,
        @Size(max = 2000, message = "{field.max2000}") String outcomeNotes,
        @NotNull(message = "{version.required}") Long version) {}
