package nl.naober.administration.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a municipality is suspended (issue 15): required, in the API as on the screen, so a suspension is never silent. */
record SuspensionRequest(
        @NotBlank(message = "{municipality.suspend.reason.required}") @Size(max = 1000, message = "{field.max1000}")
        String reason) {}
