package nl.naober.core.family;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Registering a family. Only what a coordinator needs for a first call; the rest comes at intake.
 *
 * @param registrationDate defaults to today; waiting time counts from it
 */
public record NewFamily(
        @NotBlank(message = "{family.parentName.required}") @Size(max = 100, message = "{family.parentName.size}")
        String parentName,

        @Email(message = "{family.contactEmail.invalid}") @Size(max = 254, message = "{family.contactEmail.size}")
        String contactEmail,

        @NotBlank(message = "{family.postcode.required}")
        @Pattern(regexp = "[1-9][0-9]{3} ?[A-Za-z]{2}", message = "{family.postcode.invalid}")
        String postcode,

        @NotNull(message = "{family.numberOfChildren.required}")
        @Min(value = 1, message = "{family.numberOfChildren.range}")
        @Max(value = 15, message = "{family.numberOfChildren.range}")
        Integer numberOfChildren,

        @PastOrPresent(message = "{family.registrationDate.future}")
        LocalDate registrationDate) {}
