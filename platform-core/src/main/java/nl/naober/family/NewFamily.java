package nl.naober.family;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.naober.programme.Address;
import nl.naober.programme.DayPart;

/**
 * Registering a family: who, where, why, what they ask for, and their consent to process the data. Children can
 * be added here or later; the rest comes at intake.
 *
 * @param registrationDate defaults to today; waiting time counts from it
 * @param consentGiven the family agreed to the processing of its data (privacy statement {@code consentVersion})
 */
public record NewFamily(
        @NotBlank(message = "{family.parentName.required}") @Size(max = 100, message = "{family.parentName.size}")
        String parentName,

        @Size(max = 100, message = "{family.parentName.size}")
        String secondParentName,

        @Email(message = "{family.contactEmail.invalid}") @Size(max = 254, message = "{family.contactEmail.size}")
        String contactEmail,

        @Pattern(regexp = "\\+?[0-9 ()-]{6,20}", message = "{phone.invalid}")
        String phone,

        @Size(max = 100, message = "{field.max100}") String street,
        @Size(max = 10, message = "{field.max10}") String houseNumber,

        @NotBlank(message = "{family.postcode.required}")
        @Pattern(regexp = "[1-9][0-9]{3} ?[A-Za-z]{2}", message = "{family.postcode.invalid}")
        String postcode,

        @Size(max = 60, message = "{field.max60}") String city,

        @Min(value = -90, message = "{coordinates.invalid}") @Max(value = 90, message = "{coordinates.invalid}")
        Double latitude,

        @Min(value = -180, message = "{coordinates.invalid}") @Max(value = 180, message = "{coordinates.invalid}")
        Double longitude,

        @NotNull(message = "{family.numberOfChildren.required}")
        @Min(value = 1, message = "{family.numberOfChildren.range}")
        @Max(value = 15, message = "{family.numberOfChildren.range}")
        Integer numberOfChildren,

        Set<RegistrationReason> reasons,
        @Size(max = 200, message = "{field.max200}") String reasonOther,
        RegistrationSource source,
        @Size(max = 100, message = "{field.max100}") String referringOrganisation,

        @Min(value = 1, message = "{family.dayPartsPerWeek.range}")
        @Max(value = 7, message = "{family.dayPartsPerWeek.range}")
        Integer dayPartsPerWeek,

        Set<DayPart> preferredDayParts,

        @NotNull(message = "{family.consent.required}") @AssertTrue(message = "{family.consent.required}")
        Boolean consentGiven,

        @Size(max = 20, message = "{field.max20}") String consentVersion,

        @PastOrPresent(message = "{family.registrationDate.future}")
        LocalDate registrationDate,

        @Size(max = 15, message = "{family.children.size}") List<@Valid NewChild> children) {

    /**
     * The address as the domain keeps it, not yet located. The six fields stay flat in the request body (here and in
     * the other commands), so the API's field names and validation errors say {@code postcode}, not
     * {@code address.postcode}.
     */
    public Address address() {
        return Address.of(street, houseNumber, postcode, city).locatedAt(latitude, longitude);
    }

    /** The same registration without its e-mail address (kept in a note when another family already uses it). */
    NewFamily withoutEmail() {
        return new NewFamily(
                parentName,
                secondParentName,
                null,
                phone,
                street,
                houseNumber,
                postcode,
                city,
                latitude,
                longitude,
                numberOfChildren,
                reasons,
                reasonOther,
                source,
                referringOrganisation,
                dayPartsPerWeek,
                preferredDayParts,
                consentGiven,
                consentVersion,
                registrationDate,
                children);
    }
}
