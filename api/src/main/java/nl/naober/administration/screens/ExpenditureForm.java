package nl.naober.administration.screens;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import nl.naober.budget.BudgetCategory;
import nl.naober.budget.NewExpenditure;
import nl.naober.budget.NotZero;
import nl.naober.web.number.DutchAmount;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * An expenditure as typed on the budget tab, with the rules of {@link NewExpenditure} in Dutch: a negative amount is a
 * credit note or correction.
 */
public class ExpenditureForm implements Serializable {

    @NotNull(message = "{adminScreen.expenditure.line.required}")
    private UUID budgetLineId;

    @NotNull(message = "{adminScreen.expenditure.date.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;

    @NotNull(message = "{adminScreen.expenditure.category.required}")
    private BudgetCategory category;

    @NotNull(message = "{adminScreen.budget.amount.required}")
    @NotZero(message = "{adminScreen.expenditure.amount.notZero}")
    @Digits(integer = 10, fraction = 2, message = "{adminScreen.budget.amount.digits}")
    @DutchAmount
    private BigDecimal amount;

    @NotBlank(message = "{adminScreen.expenditure.description.creditNote}")
    @Size(max = 500, message = "{adminScreen.expenditure.description.size}")
    private String description;

    /** A new form with the only budget line chosen when there is one. */
    static ExpenditureForm forLine(UUID onlyLine) {
        ExpenditureForm form = new ExpenditureForm();
        form.budgetLineId = onlyLine;
        return form;
    }

    NewExpenditure toCommand() {
        return new NewExpenditure(date, amount, category, description == null ? null : description.strip());
    }

    public UUID getBudgetLineId() {
        return budgetLineId;
    }

    public void setBudgetLineId(UUID budgetLineId) {
        this.budgetLineId = budgetLineId;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public BudgetCategory getCategory() {
        return category;
    }

    public void setCategory(BudgetCategory category) {
        this.category = category;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
