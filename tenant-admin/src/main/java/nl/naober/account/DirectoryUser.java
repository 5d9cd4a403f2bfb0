package nl.naober.account;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A coordinator or policy officer as the user directory (local accounts or Keycloak) holds it.
 *
 * @param welfareOrganisationId the coordinator's employer, {@code null} for a policy officer
 * @param email where notifications go; {@code null} when the user has none
 * @param mustChangePassword the user still has to replace a one-time password (or do Keycloak's required action)
 */
public record DirectoryUser(
        String username,
        MunicipalRole role,
        @Nullable String municipalityCode,
        @Nullable UUID welfareOrganisationId,
        boolean enabled,
        boolean mustChangePassword,
        @Nullable String email) {

    /** For the audit trail; names no password, there is none here. */
    String summary() {
        return "role=" + role + ", welfareOrganisation=" + welfareOrganisationId + ", email="
                + (email == null ? "none" : "given") + ", enabled=" + enabled + ", mustChangePassword="
                + mustChangePassword;
    }
}
