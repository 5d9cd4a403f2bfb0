package nl.naober.core.family;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Reopening a family declined or withdrawn by mistake: why, against the version the coordinator saw. */
public record FamilyReopening(
        @NotBlank(message = "{status.reopen.reason.required}") @Size(max = 500, message = "{status.explanation.size}")
        String reason,

        @NotNull(message = "{version.required}") Long version) {}
