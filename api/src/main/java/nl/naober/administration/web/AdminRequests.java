package nl.naober.administration.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The request bodies of the administration API, validated before anything is looked up. */
final class AdminRequests {

    private AdminRequests() {}

    /** Onboarding a municipality into the caller's own network. */
    record Onboarding(
            @Schema(example = "westerveld")
            @NotBlank(message = "{admin.municipality.code.required}")
            @Pattern(regexp = "[a-z][a-z0-9-]{1,40}", message = "{admin.municipality.code.invalid}")
            String code,

            @Schema(example = "Westerveld")
            @NotBlank(message = "{admin.municipality.name.required}")
            @Size(max = 100, message = "{admin.municipality.name.size}")
            String name,

            @Schema(example = "GM1701")
            @NotBlank(message = "{admin.municipality.cbsCode.required}")
            @Pattern(regexp = "GM[0-9]{4}", message = "{admin.municipality.cbsCode.invalid}")
            String cbsCode,

            @Schema(example = "2026-01-01") @NotNull(message = "{admin.municipality.programmeStart.required}")
            LocalDate programmeStart) {}

    /** A new programme network. */
    record NewNetwork(
            @Schema(example = "buurtgezinnen")
            @NotBlank(message = "{admin.network.code.required}")
            @Pattern(regexp = "[a-z][a-z0-9-]{1,39}", message = "{admin.network.code.invalid}")
            String code,

            @Schema(example = "Buurtgezinnen")
            @NotBlank(message = "{admin.network.name.required}")
            @Size(max = 100, message = "{admin.network.name.size}")
            String name) {}

    /** A new network administrator; the password is generated. */
    record NewAdministrator(
            @Schema(example = "admin.westerveld")
            @NotBlank(message = "{admin.network.username.required}")
            @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,99}", message = "{admin.network.username.invalid}")
            String username) {}
}
