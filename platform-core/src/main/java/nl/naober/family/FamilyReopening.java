package nl.naober.family;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Reopening a family declined or withdrawn by mistake: why, against the version the coordinator saw.
 *
 * @param reopenedOn the day it happened (defaults to today); not before the family left
 */
public record FamilyReopening(
        @NotBlank(message = "{status.reopen.reason.required}") @Size(max = 500, message = "{status.explanation.size}")
        String reason,

        @NotNull(message = "{version.required}") Long version,
        @PastOrPresent(message = "{date.future}") LocalDate reopenedOn) {

    /** Reopened today. */
    public FamilyReopening(String reason, Long version) {
        this(reason, version, null);
    }
}
