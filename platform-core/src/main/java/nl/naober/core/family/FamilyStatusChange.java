package nl.naober.core.family;

import jakarta.validation.constraints.NotNull;

/** A coordinator's state change, made against the version they saw. */
public record FamilyStatusChange(
        @NotNull(message = "{status.target.required}") FamilyStatus target,
        @NotNull(message = "{version.required}") Long version) {}
