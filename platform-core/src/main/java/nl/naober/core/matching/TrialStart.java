package nl.naober.core.matching;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** @param startDate defaults to today */
public record TrialStart(
        LocalDate startDate,
        @NotNull(message = "{version.required}") Long version) {}
