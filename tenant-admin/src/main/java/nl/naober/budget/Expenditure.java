package nl.naober.budget;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Money spent against a budget line, or given back (a credit note or correction: a negative amount); recorded once,
 * never changed.
 */
@Entity
@Table(name = "budget_expenditure", schema = "platform")
class Expenditure {

    @Id
    private UUID id;

    @Column(name = "budget_line_id", nullable = false, updatable = false)
    private UUID budgetLineId;

    @Column(name = "spent_on", nullable = false, updatable = false)
    private LocalDate spentOn;

    @Column(nullable = false, updatable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 30)
    private BudgetCategory category;

    @Column(nullable = false, updatable = false, length = 500)
    private String description;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected Expenditure() {}

    Expenditure(UUID budgetLineId, NewExpenditure input, String recordedBy, Instant recordedAt) {
        this.id = UUID.randomUUID();
        this.budgetLineId = budgetLineId;
        this.spentOn = input.date();
        this.amount = BudgetArithmetic.money(input.amount());
        this.category = input.category();
        this.description = input.description().strip();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    ExpenditureView toView() {
        return new ExpenditureView(
                id, budgetLineId, spentOn, amount, category, description, recordedBy, recordedAt, amount.signum() < 0);
    }

    String auditState() {
        return "date=" + spentOn + ", amount=" + amount.toPlainString() + ", category=" + category;
    }
}
