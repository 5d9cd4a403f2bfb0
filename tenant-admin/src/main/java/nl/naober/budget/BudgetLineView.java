package nl.naober.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

public record BudgetLineView(
        UUID id,
        String municipalityCode,
        String name,
        LocalDate periodStart,
        LocalDate periodEnd,
        BigDecimal amount,
        Map<BudgetCategory, BigDecimal> categories,
        long version) {}
