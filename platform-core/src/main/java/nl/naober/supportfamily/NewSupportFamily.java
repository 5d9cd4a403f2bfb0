package nl.naober.supportfamily;

import jakarta.validation.Valid;
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
import nl.naober.programme.NeedCategory;

/**
 * Registering a support family (steungezin): household, where, when, how many children of which ages.
 *
 * @param registrationDate the day it registered (defaults to today); a programme entered afterwards gives the real one
 */
public record NewSupportFamily(
        @NotBlank(message = "{supportFamily.name.required}") @Size(max = 100, message = "{field.max100}")
        String householdName,

        @Email(message = "{family.contactEmail.invalid}") @Size(max = 254, message = "{family.contactEmail.size}")
        String email,

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

        Set<DayPart> availableDayParts,

        @NotNull(message = "{supportFamily.capacity.required}")
        @Min(value = 1, message = "{supportFamily.capacity.range}")
        @Max(value = 6, message = "{supportFamily.capacity.range}")
        Integer capacity,

        @Min(value = 0, message = "{supportFamily.age.range}") @Max(value = 17, message = "{supportFamily.age.range}")
        Integer minAge,

        @Min(value = 0, message = "{supportFamily.age.range}") @Max(value = 17, message = "{supportFamily.age.range}")
        Integer maxAge,

        Set<NeedCategory> experience,
        @Size(max = 2000, message = "{field.max2000}") String experienceText,
        @Size(max = 2000, message = "{field.max2000}") String preferences,

        @Size(max = 12, message = "{supportFamily.members.size}")
        List<@Valid NewHouseholdMember> members,

        @PastOrPresent(message = "{date.future}") LocalDate registrationDate) {

    /** The support family's address, not yet located; flat in the body as in {@code NewFamily}. */
    public Address address() {
        return Address.of(street, houseNumber, postcode, city).locatedAt(latitude, longitude);
    }

    /** Registering today. */
    public NewSupportFamily(
            String householdName,
            String email,
            String phone,
            String street,
            String houseNumber,
            String postcode,
            String city,
            Double latitude,
            Double longitude,
            Set<DayPart> availableDayParts,
            Integer capacity,
            Integer minAge,
            Integer maxAge,
            Set<NeedCategory> experience,
            String experienceText,
            String preferences,
            List<NewHouseholdMember> members) {
        this(
                householdName,
                email,
                phone,
                street,
                houseNumber,
                postcode,
                city,
                latitude,
                longitude,
                availableDayParts,
                capacity,
                minAge,
                maxAge,
                experience,
                experienceText,
                preferences,
                members,
                null);
    }
}
