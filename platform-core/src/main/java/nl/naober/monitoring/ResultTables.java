package nl.naober.monitoring;

import static nl.naober.monitoring.Cells.count;
import static nl.naober.monitoring.Cells.money;
import static nl.naober.monitoring.Cells.overN;
import static nl.naober.monitoring.Cells.share;

import java.util.ArrayList;
import java.util.List;
import nl.naober.monitoring.report.Figure;
import nl.naober.monitoring.report.FigureRow;
import nl.naober.monitoring.report.FigureTable;

/** The tables of what the support achieved and cost: outcomes, the NJi/CBS indicators, escalations and the budget. */
final class ResultTables {

    private ResultTables() {}

    static FigureTable outcomes(CaseFigures figures) {
        var o = figures.outcomes();
        return new FigureTable(
                MonitoringTables.OUTCOMES,
                "Verandering tussen intake en afsluiting (schaal 0–5)",
                List.of("Gezinnen", "Bij intake", "Bij afsluiting", "Verandering"),
                List.of(
                        outcomeRow("Opvoedbelasting", o.parentingStrain()),
                        outcomeRow("Rust in het gezin", o.familyRest()),
                        outcomeRow("Eigen netwerk", o.ownNetwork()),
                        outcomeRow("Welzijn van het kind", o.childWellbeing())),
                null);
    }

    private static FigureRow outcomeRow(String label, MeasureChange change) {
        return FigureRow.of(
                label,
                count(change.families()),
                overN(change.averageAtIntake(), change.families()),
                overN(change.averageAtClosing(), change.families()),
                overN(change.averageChange(), change.families()));
    }

    static FigureTable indicators(CaseFigures figures) {
        var i = figures.indicators();
        return Cells.column(
                MonitoringTables.INDICATORS,
                "Indicatoren (NJi/CBS)",
                "Percentage",
                FigureRow.of("Uitval", share(i.dropOut())),
                FigureRow.of("Doel bereikt zonder verdere hulp", share(i.goalReachedWithoutHelp())),
                FigureRow.of("Geen nieuwe jeugdhulp binnen 12 maanden", share(i.noHeavierCareWithin12Months())));
    }

    static FigureTable escalations(CaseFigures figures) {
        var e = figures.escalations();
        return Cells.column(
                MonitoringTables.ESCALATIONS,
                "Signalen en escalaties",
                "Aantal",
                FigureRow.of("Signalen", count(e.signals())),
                FigureRow.of("Doorverwijzingen", count(e.referrals())),
                FigureRow.of("Doorverwezen naar professionele zorg", count(e.referralsToProfessionalCare())));
    }

    /**
     * The budget lines that overlap the period and what they buy, one row per {@link MonitoringTables#BUDGET_ROWS};
     * every row "geen budget ingevoerd" when no line overlaps.
     */
    static FigureTable budget(BudgetFigures budget) {
        List<Figure> cells = budget.entered()
                ? List.of(
                        money(budget.allocated()),
                        money(budget.spent()),
                        money(budget.remaining()),
                        money(budget.forecast()),
                        money(budget.perMatch()),
                        money(budget.perMatchMonth()),
                        money(budget.perDayPart()))
                : MonitoringTables.BUDGET_ROWS.stream()
                        .map(label -> (Figure) new Figure.Empty(Figure.Empty.NO_BUDGET))
                        .toList();
        List<FigureRow> rows = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            rows.add(FigureRow.of(MonitoringTables.BUDGET_ROWS.get(i), cells.get(i)));
        }
        return new FigureTable(MonitoringTables.BUDGET, "Budget en wat het oplevert", List.of("Bedrag"), rows, null);
    }
}
