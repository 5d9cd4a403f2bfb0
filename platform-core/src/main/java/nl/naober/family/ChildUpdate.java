package nl.naober.family;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import nl.naober.programme.NeedCategory;

/**
 * Correcting a child as a whole, against the family's {@code version} the editor saw: a child is part of its family,
 * so its edit is refused (409) when anyone changed the family or one of its children meanwhile (issue 17).
 */
public record ChildUpdate(
        @NotBlank(message = "{child.firstName.required}") @Size(max = 60, message = "{field.max60}")
        String firstName,

        @NotNull(message = "{child.birthDate.required}") @Past(message = "{child.birthDate.past}")
        LocalDate birthDate,

        Set<NeedCategory> needs,
        @Size(max = 2000, message = "{field.max2000}") String needsText,
        @NotNull(message = "{version.required}") Long version) {

    NewChild child() {
        return new NewChild(firstName, birthDate, needs, needsText);
    }
}
