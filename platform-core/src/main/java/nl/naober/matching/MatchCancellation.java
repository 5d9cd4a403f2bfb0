package nl.naober.matching;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;

/**
 * Cancelling a proposal, against the version the coordinator saw.
 *
 * @param cancelledOn the day it was cancelled (defaults to today); not before the proposal
 */
public record MatchCancellation(
        @NotNull(message = "{version.required}") Long version,
        @PastOrPresent(message = "{date.future}") LocalDate cancelledOn) {}
