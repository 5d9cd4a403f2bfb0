package nl.naober.matching;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;

/** @param startDate defaults to today; not before the proposal */
public record TrialStart(
        @PastOrPresent(message = "{date.future}") LocalDate startDate,
        @NotNull(message = "{version.required}") Long version) {}
