package nl.naober.monitoring.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import nl.naober.monitoring.report.Figure.Average;
import nl.naober.monitoring.report.Figure.Count;
import nl.naober.monitoring.report.Figure.Days;
import nl.naober.monitoring.report.Figure.Empty;
import nl.naober.monitoring.report.Figure.Money;
import nl.naober.monitoring.report.Figure.Percentage;
import nl.naober.monitoring.report.Figure.Ratio;
import nl.naober.monitoring.report.Figure.Suppressed;
import org.junit.jupiter.api.Test;

class FigureTest {

    @Test
    void countsGroupThousandsWithADot() {
        assertThat(new Count(1234).text()).isEqualTo("1.234");
        assertThat(new Count(1234567).text()).isEqualTo("1.234.567");
        assertThat(new Count(0).text()).isEqualTo("0");
        assertThat(new Count(1234).csv()).isEqualTo("1234");
        assertThatThrownBy(() -> new Count(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void suppressedShowsTheThreshold() {
        assertThat(new Suppressed(5).text()).isEqualTo("< 5");
        assertThat(new Suppressed(5).csv()).isEqualTo("<5");
        assertThat(new Suppressed(10).text()).isEqualTo("< 10");
    }

    @Test
    void daysAreWholeOrHaveOneDecimal() {
        assertThat(Days.of(14).text()).isEqualTo("14 dagen");
        assertThat(Days.of(1).text()).isEqualTo("1 dag");
        assertThat(Days.of(0).text()).isEqualTo("0 dagen");
        assertThat(Days.of(730).csv()).isEqualTo("730");
        assertThat(new Days(new BigDecimal("12.5")).text()).isEqualTo("12,5 dagen");
        assertThat(new Days(new BigDecimal("12.50")).csv()).isEqualTo("12.5");
        assertThat(new Days(new BigDecimal("1234.04")).text()).isEqualTo("1.234 dagen");
        assertThat(new Days(new BigDecimal("1.04")).text()).isEqualTo("1 dag"); // 1,0
        assertThat(new Days(new BigDecimal("1.05")).text()).isEqualTo("1,1 dagen"); // half-up (issue 16)
    }

    @Test
    void percentagesHaveOneDecimalAndNoSpace() {
        assertThat(Percentage.of(3, 8).text()).isEqualTo("37,5%");
        assertThat(Percentage.of(3, 8).csv()).isEqualTo("37.5");
        assertThat(Percentage.of(1, 3).text()).isEqualTo("33,3%");
        assertThat(Percentage.of(20, 20).text()).isEqualTo("100,0%");
        assertThat(Percentage.of(0, 7).text()).isEqualTo("0,0%");
        // 1/16 = 6.25%: half-up, as everything shown (issue 16)
        assertThat(Percentage.of(1, 16).text()).isEqualTo("6,3%");
        assertThat(Figure.percentage(1, 0)).isEqualTo(new Empty());
    }

    @Test
    void averagesAndRatios() {
        assertThat(Figure.average(new BigDecimal("16"), 5)).isEqualTo(new Average(new BigDecimal("3.2"), 5));
        assertThat(new Average(new BigDecimal("3.2"), 5).text()).isEqualTo("3,2");
        assertThat(new Average(new BigDecimal("1234"), 5).text()).isEqualTo("1.234,0");
        assertThat(Figure.average(BigDecimal.TEN, 0)).isEqualTo(new Empty());
        assertThat(new Ratio(new BigDecimal("1.25")).text()).isEqualTo("1,25");
        assertThat(new Ratio(new BigDecimal("1.25")).csv()).isEqualTo("1.25");
    }

    @Test
    void moneyIsKeptToTheCentHalfUp() {
        assertThat(new Money(new BigDecimal("110000")).text()).isEqualTo("€ 110.000,00");
        assertThat(new Money(new BigDecimal("110000")).csv()).isEqualTo("110000.00");
        assertThat(new Money(new BigDecimal("0.125")).euros()).isEqualByComparingTo("0.13");
        assertThat(new Money(new BigDecimal("0.135")).euros()).isEqualByComparingTo("0.14");
        assertThat(new Money(new BigDecimal("-5")).text()).isEqualTo("€ -5,00");
        assertThat(new Money(new BigDecimal("110000")))
                .as("the same amount with another scale is the same figure")
                .isEqualTo(new Money(new BigDecimal("110000.000")));
    }

    @Test
    void emptyIsADash() {
        assertThat(new Empty().text()).isEqualTo("–");
        assertThat(new Empty().csv()).isEmpty();
    }

    @Test
    void tablesCheckTheirShape() {
        assertThatThrownBy(() -> new FigureTable(
                        "Met Spaties", "t", List.of("a"), List.of(FigureRow.of("r", new Count(1))), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() ->
                        new FigureTable("t", "t", List.of("a", "b"), List.of(FigureRow.of("r", new Count(1))), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("row 'r'");
        FigureTable table = new FigureTable("t", "t", List.of("a"), List.of(), null);
        assertThat(table.totalRow()).isEmpty();
        assertThat(table.lastColumnIsTotal()).isFalse();
    }
}
