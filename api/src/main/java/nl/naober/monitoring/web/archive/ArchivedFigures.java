package nl.naober.monitoring.web.archive;

import java.math.BigDecimal;
import nl.naober.monitoring.report.CostAvoidedReport;
import nl.naober.monitoring.report.Figure;
import nl.naober.monitoring.report.FigureRow;
import nl.naober.monitoring.report.FigureTable;
import nl.naober.monitoring.report.LabelledFigure;

/** Maps the report's figures, tables and cost avoided to their archived form and back. */
public final class ArchivedFigures {

    private ArchivedFigures() {}

    public static ArchivedReport.Table archive(FigureTable table) {
        return new ArchivedReport.Table(
                table.key(),
                table.title(),
                table.columns(),
                table.rows().stream().map(ArchivedFigures::archive).toList(),
                table.totalRow().map(ArchivedFigures::archive).orElse(null),
                table.lastColumnIsTotal());
    }

    public static FigureTable restore(ArchivedReport.Table table) {
        return new FigureTable(
                table.key(),
                table.title(),
                table.columns(),
                table.rows().stream().map(ArchivedFigures::restore).toList(),
                table.total() == null ? null : restore(table.total()),
                table.lastColumnIsTotal());
    }

    public static ArchivedReport.CostAvoided archive(CostAvoidedReport cost) {
        return new ArchivedReport.CostAvoided(
                cost.assumptions().stream()
                        .map(a -> new ArchivedReport.Assumption(a.label(), archive(a.figure())))
                        .toList(),
                archive(cost.amount()),
                cost.text());
    }

    public static CostAvoidedReport restore(ArchivedReport.CostAvoided cost) {
        return new CostAvoidedReport(
                cost.assumptions().stream()
                        .map(a -> new LabelledFigure(a.label(), restore(a.figure())))
                        .toList(),
                restore(cost.amount()),
                cost.text());
    }

    private static ArchivedReport.Row archive(FigureRow row) {
        return new ArchivedReport.Row(
                row.label(), row.cells().stream().map(ArchivedFigures::archive).toList());
    }

    private static FigureRow restore(ArchivedReport.Row row) {
        return new FigureRow(
                row.label(), row.cells().stream().map(ArchivedFigures::restore).toList());
    }

    // Java 17: no pattern matching in switch yet, hence the chain
    static ArchivedFigure archive(Figure figure) {
        if (figure instanceof Figure.Count count) {
            return ArchivedFigure.number(ArchivedFigure.TYPE_COUNT, BigDecimal.valueOf(count.value()));
        } else if (figure instanceof Figure.Suppressed suppressed) {
            return ArchivedFigure.suppressed(suppressed.threshold(), suppressed.derived());
        } else if (figure instanceof Figure.Days days) {
            return ArchivedFigure.number(ArchivedFigure.TYPE_DAYS, days.value());
        } else if (figure instanceof Figure.Percentage percentage) {
            return ArchivedFigure.number(ArchivedFigure.TYPE_PERCENTAGE, percentage.value());
        } else if (figure instanceof Figure.Average average) {
            return ArchivedFigure.number(ArchivedFigure.TYPE_AVERAGE, average.value());
        } else if (figure instanceof Figure.Money money) {
            return ArchivedFigure.money(money.euros());
        } else if (figure instanceof Figure.Ratio ratio) {
            return ArchivedFigure.number(ArchivedFigure.TYPE_RATIO, ratio.value());
        } else if (figure instanceof Figure.Empty empty) {
            return ArchivedFigure.empty(empty.reason());
        }
        throw new IllegalArgumentException("a figure the archive does not know: " + figure.getClass());
    }

    static Figure restore(ArchivedFigure figure) {
        return switch (figure.type()) {
            case ArchivedFigure.TYPE_COUNT -> new Figure.Count(figure.value().intValueExact());
            case ArchivedFigure.TYPE_SUPPRESSED ->
                new Figure.Suppressed(figure.threshold(), Boolean.TRUE.equals(figure.derived()));
            case ArchivedFigure.TYPE_DAYS -> new Figure.Days(figure.value());
            case ArchivedFigure.TYPE_PERCENTAGE -> new Figure.Percentage(figure.value(), 0, 0);
            case ArchivedFigure.TYPE_AVERAGE -> new Figure.Average(figure.value(), 0);
            case ArchivedFigure.TYPE_MONEY -> new Figure.Money(figure.euros());
            case ArchivedFigure.TYPE_RATIO -> new Figure.Ratio(figure.value());
            case ArchivedFigure.TYPE_EMPTY -> new Figure.Empty(figure.reason());
            default -> throw new IllegalArgumentException("a figure type the archive does not know: " + figure.type());
        };
    }
}
