package nl.naober.budget;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An expenditure; {@code creditNote} when its amount is negative (a credit note or correction). */
public record ExpenditureView(
        UUID id,
        UUID budgetLineId,
        LocalDate date,
        BigDecimal amount,
        BudgetCategory category,
        String description,
        String recordedBy,
        Instant recordedAt,
        boolean creditNote) {}
