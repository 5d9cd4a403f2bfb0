package nl.naober.supportfamily;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;

/**
 * A coordinator's status change, made against the version they saw.
 *
 * @param changedOn the day it happened (defaults to today): not before the registration or the previous change;
 *     AVAILABLE needs a VOG valid on that day
 */
public record SupportFamilyStatusChange(
        @NotNull(message = "{status.target.required}") SupportFamilyStatus target,
        @NotNull(message = "{version.required}") Long version,
        @PastOrPresent(message = "{date.future}") LocalDate changedOn) {

    /** A change today. */
    public SupportFamilyStatusChange(SupportFamilyStatus target, Long version) {
        this(target, version, null);
    }
}
