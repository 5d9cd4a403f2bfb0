package nl.naober.monitoring.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The indicative youth-care cost avoided as shown: see {@link CostAvoided}.
 *
 * @param assumptions the inputs with Dutch labels, in display order
 * @param amount the {@link Figure.Money} amount, or {@link Figure.Suppressed} when few matches were closed
 * @param text the Dutch sentence, always starting with "Indicatief: "
 */
public record CostAvoidedReport(List<LabelledFigure> assumptions, Figure amount, String text) {

    /** The table key of {@link #table()}. */
    public static final String KEY = "indicatief-vermeden-jeugdzorgkosten";

    public CostAvoidedReport {
        assumptions = List.copyOf(assumptions);
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(text, "text");
    }

    /** One column "Waarde": the assumptions, then the amount. */
    public FigureTable table() {
        List<FigureRow> rows = new ArrayList<>();
        for (LabelledFigure assumption : assumptions) {
            rows.add(FigureRow.of(assumption.label(), assumption.figure()));
        }
        rows.add(FigureRow.of(CostAvoided.LABEL_AMOUNT, amount));
        return new FigureTable(KEY, "Indicatief vermeden jeugdzorgkosten", List.of("Waarde"), rows, null);
    }
}
