package nl.naober.core.supportfamily;

import jakarta.validation.constraints.NotNull;

public record SupportFamilyStatusChange(
        @NotNull(message = "{status.target.required}") SupportFamilyStatus target,
        @NotNull(message = "{version.required}") Long version) {}
