package nl.naober.monitoring.report;

import java.util.Objects;

/**
 * A figure with its Dutch label, e.g. an assumption of {@link CostAvoided}.
 *
 * @param label the Dutch label, e.g. "Aangenomen kosten uithuisplaatsing per jaar"
 * @param figure the value
 */
public record LabelledFigure(String label, Figure figure) {

    public LabelledFigure {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(figure, "figure");
    }
}
