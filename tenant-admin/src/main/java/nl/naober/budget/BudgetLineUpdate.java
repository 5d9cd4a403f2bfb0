package nl.naober.budget;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** A changed budget line with the version it was read at (409 when someone saved first). */
public record BudgetLineUpdate(
        @NotBlank @Size(max = 200) String name,
        @NotNull LocalDate periodStart,
        @NotNull LocalDate periodEnd,

        @NotNull @DecimalMin("0.01") @Digits(integer = 10, fraction = 2)
        BigDecimal amount,

        Map<BudgetCategory, @NotNull @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal> categories,
        @NotNull Long version)
        implements BudgetLineInput {}
