package nl.naober.family;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A coordinator's state change, made against the version they saw. Declining or withdrawing needs a reason that fits
 * it ({@link LeaveReasonGiven}); the explanation is optional.
 *
 * @param changedOn the day it happened (defaults to today); not before the family's previous status change
 */
@LeaveReasonGiven
public record FamilyStatusChange(
        @NotNull(message = "{status.target.required}") FamilyStatus target,
        @NotNull(message = "{version.required}") Long version,
        LeaveReason reason,

        @Size(max = 500, message = "{status.explanation.size}")
        String explanation,

        @PastOrPresent(message = "{date.future}") LocalDate changedOn) {

    /** A change today. */
    public FamilyStatusChange(FamilyStatus target, Long version, LeaveReason reason, String explanation) {
        this(target, version, reason, explanation, null);
    }

    /** A change within the programme (intake, waiting list), which needs no reason. */
    public FamilyStatusChange(FamilyStatus target, Long version) {
        this(target, version, null, null, null);
    }

    /** Whether the change takes the family out of the programme, so that it needs a reason. */
    boolean leaves() {
        return target != null && !target.isOpen();
    }
}
