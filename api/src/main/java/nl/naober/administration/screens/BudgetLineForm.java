package nl.naober.administration.screens;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import nl.naober.budget.NewBudgetLine;
import nl.naober.web.number.DutchAmount;
import org.springframework.format.annotation.DateTimeFormat;

/** A budget line as typed, with the rules of {@link NewBudgetLine} in Dutch. */
public class BudgetLineForm implements Serializable {

    @NotBlank(message = "{adminScreen.budget.name.required}")
    @Size(max = 200, message = "{adminScreen.name.size200}")
    private String name;

    @NotNull(message = "{adminScreen.budget.periodStart.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate periodStart;

    @NotNull(message = "{adminScreen.budget.periodEnd.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate periodEnd;

    @NotNull(message = "{adminScreen.budget.amount.required}")
    @DecimalMin(value = "0.01", message = "{adminScreen.budget.amount.positive}")
    @Digits(integer = 10, fraction = 2, message = "{adminScreen.budget.amount.digits}")
    @DutchAmount
    private BigDecimal amount;

    NewBudgetLine toCommand() {
        return new NewBudgetLine(name, periodStart, periodEnd, amount, null);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public void setPeriodStart(LocalDate periodStart) {
        this.periodStart = periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public void setPeriodEnd(LocalDate periodEnd) {
        this.periodEnd = periodEnd;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }
}
