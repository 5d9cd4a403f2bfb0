package nl.naober.supportfamily;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import nl.naober.programme.DayPart;
import nl.naober.programme.NeedCategory;

/** Changing what a support family offers, against the version the editor saw. */
public record SupportFamilyUpdate(
        @NotNull(message = "{version.required}") Long version,
        Set<DayPart> availableDayParts,

        @NotNull(message = "{supportFamily.capacity.required}")
        @Min(value = 1, message = "{supportFamily.capacity.range}")
        @Max(value = 6, message = "{supportFamily.capacity.range}")
        Integer capacity,

        @NotNull(message = "{supportFamily.age.range}")
        @Min(value = 0, message = "{supportFamily.age.range}")
        @Max(value = 17, message = "{supportFamily.age.range}")
        Integer minAge,

        @NotNull(message = "{supportFamily.age.range}")
        @Min(value = 0, message = "{supportFamily.age.range}")
        @Max(value = 17, message = "{supportFamily.age.range}")
        Integer maxAge,

        Set<NeedCategory> experience,
        @Size(max = 2000, message = "{field.max2000}") String experienceText,
        @Size(max = 2000, message = "{field.max2000}") String preferences) {}
