package nl.naober.family;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import nl.naober.programme.NeedCategory;

/** A child for whom support is asked: first name, birth date, needs as categories and free text. */
public record NewChild(
        @NotBlank(message = "{child.firstName.required}") @Size(max = 60, message = "{field.max60}")
        String firstName,

        @NotNull(message = "{child.birthDate.required}") @Past(message = "{child.birthDate.past}")
        LocalDate birthDate,

        Set<NeedCategory> needs,
        @Size(max = 2000, message = "{field.max2000}") String needsText) {}
