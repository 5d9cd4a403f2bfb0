package nl.naober.registration;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import nl.naober.family.RegistrationReason;
import nl.naober.programme.DayPart;

/**
 * What a family or support family tells about itself on the public form: only what a coordinator needs for a first
 * call; the rest comes at intake. {@link ValidPublicRegistration} adds the rules across fields (a way to reach
 * them, the number of children of a family, the capacity of a support family, consent).
 *
 * @param city the town (woonplaats), optional: the postcode already locates the address
 * @param dayParts when the family would like support, or when the support family is available
 * @param message anything they want to tell the coordinator; kept as a note on the timeline
 * @param consent agreed to the privacy statement of this municipality
 * @param website the honeypot: hidden from people, filled in by bots; a non-empty value is never stored
 */
@ValidPublicRegistration
public record NewPublicRegistration(
        @NotNull(message = "{registration.kind.required}") RegistrationKind kind,

        @NotBlank(message = "{registration.firstName.required}")
        @Size(max = 60, message = "{registration.firstName.size}")
        String firstName,

        @Size(max = 60, message = "{registration.lastName.size}")
        String lastName,

        @Email(message = "{registration.email.invalid}") @Size(max = 254, message = "{registration.email.invalid}")
        String email,

        @Pattern(regexp = "\\+?[0-9 ()-]{6,20}", message = "{registration.phone.invalid}")
        String phone,

        @NotBlank(message = "{registration.postcode.required}")
        @Pattern(regexp = "[1-9][0-9]{3} ?[A-Za-z]{2}", message = "{registration.postcode.invalid}")
        String postcode,

        @Size(max = 10, message = "{registration.houseNumber.size}")
        String houseNumber,

        @Size(max = 60, message = "{registration.city.size}")
        String city,

        @Min(value = 1, message = "{registration.numberOfChildren.range}")
        @Max(value = 15, message = "{registration.numberOfChildren.range}")
        Integer numberOfChildren,

        @Size(max = 6, message = "{registration.reasons.size}")
        Set<RegistrationReason> reasons,

        @Size(max = 21, message = "{registration.dayParts.size}")
        Set<DayPart> dayParts,

        @Min(value = 1, message = "{registration.capacity.range}")
        @Max(value = 6, message = "{registration.capacity.range}")
        Integer capacity,

        @Size(max = 500, message = "{registration.message.size}")
        String message,

        Boolean consent,

        @Size(max = 200) String website) {

    /** Whether a bot filled in the hidden field. */
    public boolean isHoneypotFilled() {
        return website != null && !website.isBlank();
    }

    /** "Firstname Lastname", as the family's or household's name. */
    String fullName() {
        String last = lastName == null ? "" : lastName.strip();
        return last.isEmpty() ? firstName.strip() : firstName.strip() + " " + last;
    }
}
