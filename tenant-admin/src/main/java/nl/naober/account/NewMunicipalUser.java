package nl.naober.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Adding a coordinator or policy officer to a municipality.
 *
 * @param username lower case letters, digits, dot, underscore and hyphen, 3 to 100 characters; unique on the
 *     platform
 * @param email where notifications go (new registrations, the daily digest); optional, a coordinator without one
 *     gets no mail
 * @param welfareOrganisationId required for a coordinator (an organisation of the same municipality), not allowed
 *     for a policy officer, who works for the municipality itself
 */
@OrganisationFitsRole
public record NewMunicipalUser(
        @NotNull(message = "{user.username.required}")
        @Pattern(regexp = "[a-z0-9._-]{3,100}", message = "{user.username.invalid}")
        String username,

        @NotNull(message = "{user.role.required}") MunicipalRole role,

        @Nullable UUID welfareOrganisationId,

        @Email(message = "{user.email.invalid}") @Size(max = 254, message = "{user.email.invalid}") @Nullable
        String email) {

    /** The address as stored: trimmed, lower case; {@code null} when none was given. */
    public @Nullable String normalisedEmail() {
        return email == null || email.isBlank() ? null : email.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
