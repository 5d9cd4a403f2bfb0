package nl.naober.supportfamily;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

public record NewHouseholdMember(
        @NotBlank(message = "{member.firstName.required}") @Size(max = 60, message = "{field.max60}")
        String firstName,

        @NotNull(message = "{member.birthDate.required}") @Past(message = "{member.birthDate.past}")
        LocalDate birthDate) {}
