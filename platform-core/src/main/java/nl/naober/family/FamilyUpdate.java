package nl.naober.family;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import nl.naober.programme.Address;
import nl.naober.programme.DayPart;

/**
 * Editing a family's details. {@code version} is the version the editor started from: when someone else saved in
 * between, the edit is refused (409) instead of silently overwriting theirs.
 */
public record FamilyUpdate(
        @NotNull(message = "{version.required}") Long version,

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

        @Min(value = 1, message = "{family.dayPartsPerWeek.range}")
        @Max(value = 7, message = "{family.dayPartsPerWeek.range}")
        Integer dayPartsPerWeek,

        Set<DayPart> preferredDayParts,
        @Size(max = 100, message = "{field.max100}") String coordinator) {

    /** The address as the domain keeps it, not yet located (flat in the body: see {@link NewFamily#address()}). */
    public Address address() {
        return Address.of(street, houseNumber, postcode, city).locatedAt(latitude, longitude);
    }
}
