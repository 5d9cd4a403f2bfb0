package nl.naober.account;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A coordinator or policy officer of a municipality, as an administrator sees it.
 *
 * @param welfareOrganisationId the coordinator's organisation, {@code null} for a policy officer
 * @param welfareOrganisationName its name, for lists
 */
public record MunicipalUserView(
        String username,
        MunicipalRole role,
        @Nullable UUID welfareOrganisationId,
        @Nullable String welfareOrganisationName,
        boolean enabled,
        boolean mustChangePassword,
        @Nullable String email) {}
