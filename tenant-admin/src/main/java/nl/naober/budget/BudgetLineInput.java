package nl.naober.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** What a new and a changed budget line have in common. */
interface BudgetLineInput {

    String name();

    LocalDate periodStart();

    LocalDate periodEnd();

    BigDecimal amount();

    Map<BudgetCategory, BigDecimal> categories();

    default Map<BudgetCategory, BigDecimal> categoriesOrEmpty() {
        return categories() == null ? Map.of() : categories();
    }
}
