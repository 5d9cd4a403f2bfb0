package nl.naober.monitoring.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import nl.naober.monitoring.report.Figure.Count;
import nl.naober.monitoring.report.Figure.Money;
import nl.naober.monitoring.report.Figure.Suppressed;
import org.junit.jupiter.api.Test;

class CostAvoidedTest {

    private static final Suppression STANDARD = Suppression.standard();

    private static CostAvoided cost(int closedMatches, String placementCost, String percentage) {
        return new CostAvoided(
                closedMatches, new BigDecimal("25000"), new BigDecimal(placementCost), new BigDecimal(percentage), 730);
    }

    @Test
    void amountIsClosedMatchesTimesPercentageTimesPlacementCost() {
        CostAvoidedReport report = cost(11, "100000", "10.0").report(STANDARD);

        // 11 × 10% × € 100.000 = € 110.000
        assertThat(report.amount()).isEqualTo(new Money(new BigDecimal("110000.00")));
        assertThat(report.amount().text()).isEqualTo("€ 110.000,00");
        assertThat(report.text())
                .isEqualTo("Indicatief: € 110.000,00 aan vermeden jeugdzorgkosten, berekend als 11 afgesloten"
                        + " koppelingen × 10,0% voorkomen uithuisplaatsingen × € 100.000,00 kosten van een"
                        + " uithuisplaatsing per jaar, over een periode van 730 dagen.");
    }

    @Test
    void amountIsExactToTheCent() {
        // 7 × 12.5% × 84 321.37 = 73 781.19875 → 73 781.20
        assertThat(cost(7, "84321.37", "12.5").amount()).isEqualByComparingTo("73781.20");
        assertThat(cost(7, "84321.37", "12.5").report(STANDARD).amount().text()).isEqualTo("€ 73.781,20");
        // 13 × 7.3% × 96 512.11 = 91 589.993... → 91 589.99
        assertThat(cost(13, "96512.11", "7.3").amount()).isEqualByComparingTo("91589.99");
    }

    @Test
    void roundsHalfCentsUp() {
        // 5 × 10% × € 0.05 = € 0.025 → € 0.03 (half-up, as everything shown; half-even gave 0.02)
        assertThat(cost(5, "0.05", "10").amount()).isEqualByComparingTo("0.03");
        // 7 × 10% × € 0.05 = € 0.035 → € 0.04
        assertThat(cost(7, "0.05", "10").amount()).isEqualByComparingTo("0.04");
    }

    @Test
    void assumptionsAreLabelledInDutch() {
        CostAvoidedReport report = cost(11, "100000", "10.0").report(STANDARD);

        assertThat(report.assumptions())
                .extracting(
                        LabelledFigure::label, assumption -> assumption.figure().text())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Afgesloten koppelingen in de periode", "11"),
                        org.assertj.core.groups.Tuple.tuple("Lengte van de periode", "730 dagen"),
                        org.assertj.core.groups.Tuple.tuple(
                                "Aangenomen kosten uithuisplaatsing per jaar", "€ 100.000,00"),
                        org.assertj.core.groups.Tuple.tuple(
                                "Aangenomen aandeel afgesloten koppelingen dat een uithuisplaatsing voorkomt", "10,0%"),
                        org.assertj.core.groups.Tuple.tuple(
                                "Aangenomen kosten jeugdhulptraject per jaar", "€ 25.000,00"));
        FigureTable table = report.table();
        assertThat(table.key()).isEqualTo("indicatief-vermeden-jeugdzorgkosten");
        assertThat(table.rows()).hasSize(6);
        assertThat(table.rows().get(5).label()).isEqualTo("Indicatief vermeden jeugdzorgkosten");
        assertThat(table.rows().get(5).cells()).containsExactly(report.amount());
        assertThat(STANDARD.apply(table)).as("already suppressed").isEqualTo(table);
    }

    @Test
    void zeroMatchesAvoidNothingAndAreShown() {
        CostAvoidedReport report = cost(0, "100000", "10.0").report(STANDARD);

        assertThat(report.amount()).isEqualTo(new Money(BigDecimal.ZERO));
        assertThat(report.amount().text()).isEqualTo("€ 0,00");
        assertThat(report.assumptions().get(0).figure()).isEqualTo(new Count(0));
        assertThat(report.text()).startsWith("Indicatief: € 0,00 ");
    }

    @Test
    void fewClosedMatchesHideTheAmountSinceItWouldRevealTheCount() {
        CostAvoidedReport report = cost(4, "100000", "10.0").report(STANDARD);

        assertThat(report.amount()).as("an amount: hidden, not a count").isEqualTo(new Suppressed(5, true));
        assertThat(report.assumptions().get(0).figure()).isEqualTo(new Suppressed(5));
        assertThat(report.text())
                .isEqualTo("Indicatief: niet getoond, omdat in deze periode minder dan 5 koppelingen zijn afgesloten.");
        assertThat(report.table().rows())
                .flatExtracting(FigureRow::cells)
                .extracting(Figure::text)
                .doesNotContain("4", "€ 40.000,00");

        assertThat(cost(5, "100000", "10.0").report(STANDARD).amount().text()).isEqualTo("€ 50.000,00");
        assertThat(cost(4, "100000", "10.0").report(new Suppression(1)).amount().text())
                .isEqualTo("€ 40.000,00");
    }

    @Test
    void rejectsImpossibleInputs() {
        assertThatThrownBy(() -> cost(-1, "100000", "10")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cost(1, "-1", "10")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cost(1, "100000", "100.1")).isInstanceOf(IllegalArgumentException.class);
    }
}
