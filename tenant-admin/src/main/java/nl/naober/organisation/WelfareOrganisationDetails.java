package nl.naober.organisation;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What an administrator enters about a welfare organisation, when adding it and when editing it.
 *
 * @param name unique within the municipality (case does not count)
 * @param kvkNumber the Chamber of Commerce number: exactly 8 digits, optional
 */
public record WelfareOrganisationDetails(
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
        String kvkNumber) {}
