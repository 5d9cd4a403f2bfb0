package nl.naober.budget;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Money a municipality makes available for a period, with optional allocations per category. */
@Entity
@Table(name = "budget_line", schema = "platform")
class BudgetLine {

    @Id
    private UUID id;

    @Column(name = "municipality_code", nullable = false, updatable = false, length = 41)
    private String municipalityCode;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(
            name = "budget_allocation",
            schema = "platform",
            joinColumns = @JoinColumn(name = "budget_line_id"))
    @MapKeyColumn(name = "category", length = 30)
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "amount", nullable = false, precision = 12, scale = 2)
    private Map<BudgetCategory, BigDecimal> allocations = new HashMap<>();

    @Version
    private Long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected BudgetLine() {}

    BudgetLine(String municipalityCode, BudgetLineInput input, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.municipalityCode = municipalityCode;
        this.createdAt = createdAt;
        change(input);
    }

    void change(BudgetLineInput input) {
        this.name = input.name().strip();
        this.periodStart = input.periodStart();
        this.periodEnd = input.periodEnd();
        this.amount = BudgetArithmetic.money(input.amount());
        this.allocations.clear();
        input.categoriesOrEmpty()
                .forEach((category, allocated) -> allocations.put(category, BudgetArithmetic.money(allocated)));
    }

    UUID id() {
        return id;
    }

    String municipalityCode() {
        return municipalityCode;
    }

    LocalDate periodStart() {
        return periodStart;
    }

    LocalDate periodEnd() {
        return periodEnd;
    }

    BigDecimal amount() {
        return amount;
    }

    long version() {
        return version == null ? 0 : version;
    }

    boolean covers(LocalDate date) {
        return !date.isBefore(periodStart) && !date.isAfter(periodEnd);
    }

    BigDecimal allocated(BudgetCategory category) {
        return allocations.getOrDefault(category, BigDecimal.ZERO.setScale(2));
    }

    BudgetLineView toView() {
        Map<BudgetCategory, BigDecimal> categories = new EnumMap<>(BudgetCategory.class);
        categories.putAll(allocations);
        return new BudgetLineView(
                id, municipalityCode, name, periodStart, periodEnd, amount, Map.copyOf(categories), version());
    }

    /** A short readable state for the audit trail. */
    String auditState() {
        return "name=" + name + ", period=" + periodStart + ".." + periodEnd + ", amount=" + amount.toPlainString()
                + ", categories=" + new java.util.TreeMap<>(allocations);
    }
}
