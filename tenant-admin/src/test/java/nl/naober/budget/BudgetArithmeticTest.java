package nl.naober.budget;

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
        // July 2023 up to June 2024 is 12 calendar months of 24: 50,000.00 / 12 = 4,166.666...
        assertThat(figures.burnRatePerMonth()).isEqualTo(new BigDecimal("4166.67"));
        // 50,000.00 × 24 / 12 = 100,000.00
        assertThat(figures.forecastAtPeriodEnd()).isEqualTo(new BigDecimal("100000.00"));
        assertThat(figures.overBudget()).isFalse();
        assertThat(figures.forecastOverBudget()).isFalse();
    }

    @Test
    void roundsHalfUpOnceAtTheEnd() {
        // 100 days, 2023-07-01..2023-10-08: 3 + 8/31 = 101/31 months; burn 1.00 × 31 / 101 = 0.3069... → 0.31;
        // forecast 1.00 × 24 × 31 / 101 = 7.3663... → 7.37.
        BudgetArithmetic.Figures figures = asOf("1.00", START.plusDays(99));
        assertThat(figures.burnRatePerMonth()).isEqualTo(new BigDecimal("0.31"));
        assertThat(figures.forecastAtPeriodEnd()).isEqualTo(new BigDecimal("7.37"));
        // 2 days of July, 0.01 spent: 2/31 month; burn 0.01 × 31 / 2 = 0.155 → 0.16; forecast 0.01 × 24 × 31 / 2 =
        // 3.72.
        BudgetArithmetic.Figures tiny = asOf("0.01", START.plusDays(1));
        assertThat(tiny.forecastAtPeriodEnd()).isEqualTo(new BigDecimal("3.72"));
        assertThat(tiny.burnRatePerMonth()).isEqualTo(new BigDecimal("0.16"));
        // A 3-day period, 2 days elapsed (3/31 and 2/31 month): 0.01 × 3 / 2 = 0.015 → 0.02.
        BudgetArithmetic.Figures even = BudgetArithmetic.figures(
                new BigDecimal("1.00"), new BigDecimal("0.01"), START, START.plusDays(2), START.plusDays(1));
        assertThat(even.forecastAtPeriodEnd()).isEqualTo(new BigDecimal("0.02"));
        // 0.05 × 5 / 2 = 0.125 exactly → 0.13 half-up (half-even gave 0.12): exact months keep the tie a tie.
        BudgetArithmetic.Figures up = BudgetArithmetic.figures(
                new BigDecimal("1.00"), new BigDecimal("0.05"), START, START.plusDays(4), START.plusDays(1));
        assertThat(up.forecastAtPeriodEnd()).isEqualTo(new BigDecimal("0.13"));
    }

    @Test
    void theBurnRateIsPerCalendarMonthAsTheBudgetIsPlanned() {
        // January 2024 is one whole month of twelve: 3,100.00 a month, 37,200.00 for the year. Per elapsed day and
        // average month it was 3,100.00 × 30.436875 / 31 = 3,043.69 and 3,100.00 × 366 / 31 = 36,600.00.
        BudgetArithmetic.Figures january = BudgetArithmetic.figures(
                new BigDecimal("40000.00"),
                new BigDecimal("3100.00"),
                LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31),
                LocalDate.of(2024, 1, 31));
        assertThat(january.burnRatePerMonth()).isEqualTo(new BigDecimal("3100.00"));
        assertThat(january.forecastAtPeriodEnd()).isEqualTo(new BigDecimal("37200.00"));
        // February 2024 (29 days) is one month too: 2 months, 3,100.00 + 2,900.00 spent → 3,000.00 a month.
        BudgetArithmetic.Figures february = BudgetArithmetic.figures(
                new BigDecimal("40000.00"),
                new BigDecimal("6000.00"),
                LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31),
                LocalDate.of(2024, 2, 29));
        assertThat(february.burnRatePerMonth()).isEqualTo(new BigDecimal("3000.00"));
        assertThat(february.forecastAtPeriodEnd()).isEqualTo(new BigDecimal("36000.00"));
    }

    @Test
    void anOverspentPeriodHasANegativeRemainderAndIsFlagged() {
        BudgetArithmetic.Figures figures = asOf("120000.00", LocalDate.of(2024, 6, 30));
        assertThat(figures.remaining()).isEqualTo(new BigDecimal("-10000.00"));
        assertThat(figures.overBudget()).isTrue();
        // 120,000.00 / 12 months; × 24 / 12
        assertThat(figures.burnRatePerMonth()).isEqualTo(new BigDecimal("10000.00"));
        assertThat(figures.forecastAtPeriodEnd()).isEqualTo(new BigDecimal("240000.00"));
        assertThat(figures.forecastOverBudget()).isTrue();
    }

    @Test
    void underspentSoFarButForecastOver() {
        // 100 days = 101/31 months, 8,000.00 spent: burn 8,000.00 × 31 / 101 = 2,455.4455... → 2,455.45; forecast
        // 8,000.00 × 24 × 31 / 101 = 58,930.6930... → 58,930.69; with a 50,000.00 line that is over.
        BudgetArithmetic.Figures figures = BudgetArithmetic.figures(
                new BigDecimal("50000.00"), new BigDecimal("8000.00"), START, END, START.plusDays(99));
        assertThat(figures.burnRatePerMonth()).isEqualTo(new BigDecimal("2455.45"));
        assertThat(figures.forecastAtPeriodEnd()).isEqualTo(new BigDecimal("58930.69"));
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
        // 104,000.50 / 24 months = 4,333.3541... → 4,333.35; forecast = spent (nothing remains).
        assertThat(figures.burnRatePerMonth()).isEqualTo(new BigDecimal("4333.35"));
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
