package nl.naober.monitoring.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * The indicative youth-care cost avoided (indicatief vermeden jeugdzorgkosten) of a period, with its assumptions.
 *
 * <p>Formula, deliberately simple so that a policy officer can check it by hand:
 *
 * <pre>
 * amount = closedMatches × avoidedPlacementPercentage / 100 × placementCostPerYear
 * </pre>
 *
 * computed exactly and rounded once to the cent, half-up. In words: of the matches closed in the period, the
 * assumed percentage would otherwise have led to an out-of-home placement (uithuisplaatsing) of one year. The
 * assumed cost of a youth-care trajectory per year and the length of the period are shown with the assumptions for
 * context but are not part of the amount: counting a trajectory avoided for every other closed match would assume
 * that every match, including a mismatch, prevented youth care.
 *
 * <p>When the number of closed matches is hidden by the {@link Suppression} ({@code 0 < closedMatches < threshold}),
 * the amount is hidden too, since dividing it by the assumptions gives the count back. Zero matches give € 0,00.
 *
 * @param closedMatches matches closed in the period
 * @param youthCareCostPerYear the assumed cost of one youth-care trajectory per year, in euros
 * @param placementCostPerYear the assumed cost of one out-of-home placement per year, in euros
 * @param avoidedPlacementPercentage the assumed percentage of closed matches that avoided a placement (10.0 = 10%)
 * @param periodDays the length of the period in days
 */
public record CostAvoided(
        int closedMatches,
        BigDecimal youthCareCostPerYear,
        BigDecimal placementCostPerYear,
        BigDecimal avoidedPlacementPercentage,
        int periodDays) {

    public static final String LABEL_CLOSED_MATCHES = "Afgesloten koppelingen in de periode";
    public static final String LABEL_PERIOD = "Lengte van de periode";
    public static final String LABEL_YOUTH_CARE_COST = "Aangenomen kosten jeugdhulptraject per jaar";
    public static final String LABEL_PLACEMENT_COST = "Aangenomen kosten uithuisplaatsing per jaar";
    public static final String LABEL_AVOIDED_PERCENTAGE =
            "Aangenomen aandeel afgesloten koppelingen dat een" + " uithuisplaatsing voorkomt";
    public static final String LABEL_AMOUNT = "Indicatief vermeden jeugdzorgkosten";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public CostAvoided {
        Objects.requireNonNull(youthCareCostPerYear, "youthCareCostPerYear");
        Objects.requireNonNull(placementCostPerYear, "placementCostPerYear");
        Objects.requireNonNull(avoidedPlacementPercentage, "avoidedPlacementPercentage");
        if (closedMatches < 0 || periodDays < 0) {
            throw new IllegalArgumentException("closedMatches and periodDays are not negative");
        }
        if (youthCareCostPerYear.signum() < 0 || placementCostPerYear.signum() < 0) {
            throw new IllegalArgumentException("costs are not negative");
        }
        if (avoidedPlacementPercentage.signum() < 0 || avoidedPlacementPercentage.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("percentage not within 0..100: " + avoidedPlacementPercentage);
        }
    }

    /** The amount before suppression, to the cent (half-up); show {@link #report(Suppression)} instead. */
    public BigDecimal amount() {
        return BigDecimal.valueOf(closedMatches)
                .multiply(avoidedPlacementPercentage)
                .multiply(placementCostPerYear)
                .divide(HUNDRED) // exact: dividing by 100 always terminates
                .setScale(2, RoundingMode.HALF_UP);
    }

    /** The amount, its assumptions and its Dutch sentence, with the closed matches and amount hidden when few. */
    public CostAvoidedReport report(Suppression suppression) {
        return report(suppression, false);
    }

    /**
     * As {@link #report(Suppression)}, hidden also when {@code closingsHidden}: the report hides the number of closed
     * matches elsewhere (to protect another count), and the amount would give it back.
     */
    public CostAvoidedReport report(Suppression suppression, boolean closingsHidden) {
        boolean hidden = closingsHidden || suppression.hides(closedMatches);
        Figure matches = hidden ? new Figure.Suppressed(suppression.threshold()) : new Figure.Count(closedMatches);
        Figure amount = hidden ? new Figure.Suppressed(suppression.threshold(), true) : new Figure.Money(amount());
        Figure.Money placement = new Figure.Money(placementCostPerYear);
        Figure.Percentage percentage = Figure.Percentage.assumed(avoidedPlacementPercentage);
        Figure.Days period = Figure.Days.of(periodDays);
        List<LabelledFigure> assumptions = List.of(
                new LabelledFigure(LABEL_CLOSED_MATCHES, matches),
                new LabelledFigure(LABEL_PERIOD, period),
                new LabelledFigure(LABEL_PLACEMENT_COST, placement),
                new LabelledFigure(LABEL_AVOIDED_PERCENTAGE, percentage),
                new LabelledFigure(LABEL_YOUTH_CARE_COST, new Figure.Money(youthCareCostPerYear)));
        String text = hidden
                ? (suppression.hides(closedMatches)
                        ? "Indicatief: niet getoond, omdat in deze periode minder dan " + suppression.threshold()
                                + " koppelingen zijn afgesloten."
                        : "Indicatief: niet getoond, omdat het aantal afgesloten koppelingen in dit rapport niet"
                                + " getoond wordt.")
                : "Indicatief: " + amount.text() + " aan vermeden jeugdzorgkosten, berekend als " + matches.text()
                        + " afgesloten koppelingen × " + percentage.text() + " voorkomen uithuisplaatsingen × "
                        + placement.text() + " kosten van een uithuisplaatsing per jaar, over een periode van "
                        + period.text() + ".";
        return new CostAvoidedReport(assumptions, amount, text);
    }
}
