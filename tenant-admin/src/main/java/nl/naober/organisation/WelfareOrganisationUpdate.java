package nl.naober.organisation;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Editing a welfare organisation. {@code version} is the version the editor started from: when someone else saved
 * in between, the edit is refused (409) instead of silently overwriting theirs. The other fields are those of
 * {@link WelfareOrganisationDetails}, with the same rules.
 */
public record WelfareOrganisationUpdate(
        @NotNull(message = "{version.required}") Long version,

        @NotBlank(message = "{welfareOrganisation.name.required}")
        @Size(max = 100, message = "{welfareOrganisation.name.size}")
        String name,

        @Size(max = 100, message = "{field.max100}") String contactPerson,

        @Email(message = "{welfareOrganisation.email.invalid}")
        @Size(max = 254, message = "{welfareOrganisation.email.size}")
        String email,

        @Pattern(regexp = "\\+?[0-9 ()-]{6,20}", message = "{phone.invalid}")
        String phone,

        @Pattern(regexp = "[0-9]{8}", message = "{welfareOrganisation.kvkNumber.invalid}")
        String kvkNumber) {

    WelfareOrganisationDetails details() {
        return new WelfareOrganisationDetails(name, contactPerson, email, phone, kvkNumber);
    }
}
