package nl.naober.api.admin.municipality;

import jakarta.validation.constraints.Size;

/** Why a municipality is suspended (issue 15); optional in the API, required on the screen. */
record SuspensionRequest(
        @Size(max = 1000, message = "{field.max1000}") String reason) {}
