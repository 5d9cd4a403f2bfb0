package nl.naober.admin.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The budget arithmetic to the cent, on the "ruim een ton voor twee jaar" line: EUR 110,000.00, 731 days. */
class BudgetArithmeticTest {

    static final BigDecimal AMOUNT = new BigDecimal("110000.00");
    static final LocalDate START = LocalDate.of(2023, 7, 1);
    static final LocalDate END = LocalDate.of(2025, 6, 30);

    static BudgetArithmetic.Figures asOf(String spent, LocalDate date) {
        return BudgetArithmetic.figures(AMOUNT, new BigDecimal(spent), START, END, date);
    }

    @Test
    void aPeriodWithoutSpendingBurnsNothingAndForecastsNothing() {
        BudgetArithmetic.Figures figures = asOf("0", LocalDate.of(2024, 6, 30));
        assertThat(figures.spent()).isEqualByComparingTo("0.00").hasScaleOf(2);
        assertThat(figures.remaining()).isEqualTo(new BigDecimal("110000.00"));
        assertThat(figures.burnRatePerMonth()).isEqualTo(new BigDecimal("0.00"));
        assertThat(figures.forecastAtPeriodEnd()).isEqualTo(new BigDecimal("0.00"));
        assertThat(figures.overBudget()).isFalse();
        assertThat(figures.forecastOverBudget()).isFalse();
    }

    @Test
    void aNormalPeriodAfterOneYear() {
        // 2023-07-01..2024-06-30 is 366 days (2024 is a leap year) of 731.
        BudgetArithmetic.Figures figures = asOf("50000.00", LocalDate.of(2024, 6, 30));
        assertThat(figures.elapsedDays()).isEqualTo(366);
        assertThat(figures.totalDays()).isEqualTo(731);
        assertThat(figures.remaining()).isEqualTo(new BigDecimal("60000.00"));
        // 50,000.00 × 30.436875 / 366 = 4,158.0430...
        assertThat(figures.burnRatePerMonth()).isEqualTo(new BigDecimal("4158.04"));
        // 50,000.00 × 731 / 366 = 99,863.3879...
        assertThat(figures.forecastAtPeriodEnd()).isEqualTo(new BigDecimal("99863.39"));
        assertThat(figures.overBudget()).isFalse();
        assertThat(figures.forecastOverBudget()).isFalse();
    }

    @Test
    void roundsHalfEven() {
        // 100 days: burn 1.00 × 30.436875 / 100 = 0.30436875 → 0.30; forecast 1.00 × 731 / 100 = 7.31 exactly.
        BudgetArithmetic.Figures figures = asOf("1.00", START.plusDays(99));
        assertThat(figures.burnRatePerMonth()).isEqualTo(new BigDecimal("0.30"));
        assertThat(figures.forecastAtPeriodEnd()).isEqualTo(new BigDecimal("7.31"));
        // 2 days, 0.01 spent: forecast 0.01 × 731 / 2 = 3.655 → 3.66 (half-even: 5 after an odd 5 rounds up);
        // burn 0.01 × 30.436875 / 2 = 0.152184375 → 0.15.
        BudgetArithmetic.Figures tiny = asOf("0.01", START.plusDays(1));
        assertThat(tiny.forecastAtPeriodEnd()).isEqualTo(new BigDecimal("3.66"));
        assertThat(tiny.burnRatePerMonth()).isEqualTo(new BigDecimal("0.15"));
        // A 3-day period, 2 days elapsed: 0.01 × 3 / 2 = 0.015 → 0.02 (half-even: 1 is odd).
        BudgetArithmetic.Figures even = BudgetArithmetic.figures(
                new BigDecimal("1.00"), new BigDecimal("0.01"), START, START.plusDays(2), START.plusDays(1));
        assertThat(even.forecastAtPeriodEnd()).isEqualTo(new BigDecimal("0.02"));
        // 0.05 × 5 / 2 = 0.125 → 0.12 (half-even: 2 is even).
        BudgetArithmetic.Figures down = BudgetArithmetic.figures(
                new BigDecimal("1.00"), new BigDecimal("0.05"), START, START.plusDays(4), START.plusDays(1));
        assertThat(down.forecastAtPeriodEnd()).isEqualTo(new BigDecimal("0.12"));
    }

    @Test
    void anOverspentPeriodHasANegativeRemainderAndIsFlagged() {
        BudgetArithmetic.Figures figures = asOf("120000.00", LocalDate.of(2024, 6, 30));
        assertThat(figures.remaining()).isEqualTo(new BigDecimal("-10000.00"));
        assertThat(figures.overBudget()).isTrue();
        assertThat(figures.burnRatePerMonth()).isEqualTo(new BigDecimal("9979.30"));
        assertThat(figures.forecastAtPeriodEnd()).isEqualTo(new BigDecimal("239672.13"));
        assertThat(figures.forecastOverBudget()).isTrue();
    }

    @Test
    void underspentSoFarButForecastOver() {
        // 100 days, 8,000.00 spent: burn 2,434.95, forecast 58,480.00; with a 50,000.00 line that is over.
        BudgetArithmetic.Figures figures = BudgetArithmetic.figures(
                new BigDecimal("50000.00"), new BigDecimal("8000.00"), START, END, START.plusDays(99));
        assertThat(figures.burnRatePerMonth()).isEqualTo(new BigDecimal("2434.95"));
        assertThat(figures.forecastAtPeriodEnd()).isEqualTo(new BigDecimal("58480.00"));
        assertThat(figures.overBudget()).isFalse();
        assertThat(figures.forecastOverBudget()).isTrue();
        assertThat(figures.remaining()).isEqualTo(new BigDecimal("42000.00"));
    }

    @Test
    void aDateBeforeThePeriodStartHasNothingElapsed() {
        BudgetArithmetic.Figures figures = asOf("0.00", LocalDate.of(2023, 6, 30));
        assertThat(figures.elapsedDays()).isZero();
        assertThat(figures.burnRatePerMonth()).isEqualTo(new BigDecimal("0.00"));
        assertThat(figures.forecastAtPeriodEnd()).isEqualTo(new BigDecimal("0.00"));
        assertThat(figures.remaining()).isEqualTo(new BigDecimal("110000.00"));
    }

    @Test
    void aDateAfterThePeriodEndCountsTheWholePeriod() {
        BudgetArithmetic.Figures figures = asOf("104000.50", LocalDate.of(2026, 1, 1));
        assertThat(figures.elapsedDays()).isEqualTo(731);
        // 104,000.50 × 30.436875 / 731 = 4,330.3012... → 4,330.30; forecast = spent (nothing remains).
        assertThat(figures.burnRatePerMonth()).isEqualTo(new BigDecimal("4330.30"));
        assertThat(figures.forecastAtPeriodEnd()).isEqualTo(new BigDecimal("104000.50"));
        assertThat(figures.remaining()).isEqualTo(new BigDecimal("5999.50"));
        assertThat(figures.overBudget()).isFalse();
    }

    @Test
    void theLastDayOfThePeriodIsTheWholePeriod() {
        assertThat(BudgetArithmetic.elapsedDays(START, END, END)).isEqualTo(731);
        assertThat(BudgetArithmetic.elapsedDays(START, END, START)).isEqualTo(1);
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> BudgetArithmetic.figures(AMOUNT, BigDecimal.ZERO, END, START, END))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void categoriesMayNotExceedTheAmountAndThePeriodMustBeInOrder() {
        NewBudgetLine fits = new NewBudgetLine(
                "Begroting",
                START,
                END,
                AMOUNT,
                Map.of(
                        BudgetCategory.COORDINATION, new BigDecimal("60000.00"),
                        BudgetCategory.VOLUNTEER_ALLOWANCES, new BigDecimal("50000.00")));
        assertThat(Budgets.brokenRules(fits)).isEmpty();
        NewBudgetLine exceeds = new NewBudgetLine(
                "Begroting",
                END,
                START,
                AMOUNT,
                Map.of(
                        BudgetCategory.COORDINATION, new BigDecimal("60000.00"),
                        BudgetCategory.OVERHEAD, new BigDecimal("50000.01")));
        assertThat(Budgets.brokenRules(exceeds))
                .containsExactly(Budgets.RULE_PERIOD_ORDER, Budgets.RULE_CATEGORIES_EXCEED);
    }
}
