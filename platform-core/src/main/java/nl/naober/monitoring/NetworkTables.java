package nl.naober.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import nl.naober.monitoring.report.Figure;
import nl.naober.monitoring.report.FigureRow;
import nl.naober.monitoring.report.FigureTable;
import nl.naober.monitoring.report.Suppression;

/**
 * The two tables of the network view, one column per municipality and a network-wide column, before suppression:
 * the key counts and the results, and how the two hang together ({@link #links}).
 */
final class NetworkTables {

    static final String COUNTS = "kerncijfers-per-gemeente";
    static final String RESULTS = "resultaten-per-gemeente";

    /** One municipality's column: its name, case figures, budget and its own suppression threshold. */
    record Column(String name, CaseFigures figures, BudgetFigures budget, int threshold) {}

    /** A row of the key counts: its label and the count it takes from a municipality's column. */
    private record CountRow(String label, ToIntFunction<Column> count) {}

    /** The key counts, in order; the results' links find rows 4, 5 and 6 by index. */
    private static final List<CountRow> COUNT_ROWS = List.of(
            new CountRow("Aangemelde gezinnen", c -> c.figures().funnel().registered()),
            new CountRow(
                    "Aangemelde steungezinnen",
                    c -> c.figures().registrationsPerMonth().stream()
                            .mapToInt(m -> m.supportFamilies())
                            .sum()),
            new CountRow(
                    "Wachtende gezinnen (eind)",
                    c -> c.figures().supplyAndDemand().waitingFamilies()),
            new CountRow(
                    "Beschikbare steungezinnen (eind)",
                    c -> c.figures().supplyAndDemand().availableSupportFamilies()),
            new CountRow("Koppelingen gestart", c -> c.figures().matches().started()),
            new CountRow("Proefperiodes voortgezet", c -> c.figures().matches().trialsContinued()),
            new CountRow("Proefperiodes beëindigd", c -> c.figures().matches().trialsEnded()),
            new CountRow(
                    "Lopende koppelingen (eind)", c -> c.figures().matches().runningAtEnd()),
            new CountRow("Afgesloten koppelingen", c -> c.figures().matches().closings()),
            new CountRow(
                    "Doorverwezen naar professionele zorg",
                    c -> c.figures().escalations().referralsToProfessionalCare()));

    private NetworkTables() {}

    /**
     * The results that reveal the counts beside them, per column (the municipalities and the network): the share
     * continued after the trial is continued / (continued + ended), the median waiting time is over the matches
     * started. See {@link Suppression#apply(List, List)}.
     */
    static List<Suppression.Link> links(int municipalities) {
        List<Suppression.Link> links = new ArrayList<>();
        for (int column = 0; column <= municipalities; column++) {
            Suppression.Ref share = new Suppression.Ref(RESULTS, 0, column);
            links.add(Suppression.Link.hiddenWith(share, new Suppression.Ref(COUNTS, 5, column)));
            links.add(Suppression.Link.hiddenWith(share, new Suppression.Ref(COUNTS, 6, column)));
            links.add(Suppression.Link.hiddenWith(
                    new Suppression.Ref(RESULTS, 3, column), new Suppression.Ref(COUNTS, 4, column)));
        }
        return links;
    }

    static FigureTable counts(List<Column> columns, List<String> names) {
        List<FigureRow> rows = COUNT_ROWS.stream()
                .map(row -> countRow(row.label(), columns, row.count()))
                .toList();
        // with no municipality there is only the network column, and nothing it totals
        return new FigureTable(COUNTS, "Kerncijfers per gemeente", withNetwork(names), rows, null, !names.isEmpty());
    }

    static FigureTable results(List<Column> columns, List<String> names) {
        List<FigureRow> rows = List.of(
                shareRow(
                        "Voortgezet na de proefperiode",
                        columns,
                        c -> c.figures().matches().trialsContinued(),
                        c -> c.figures().matches().trialsContinued()
                                + c.figures().matches().trialsEnded()),
                shareRow(
                        "Uitval",
                        columns,
                        c -> c.figures().indicators().dropOut().numerator(),
                        c -> c.figures().indicators().dropOut().denominator()),
                shareRow(
                        "Doel bereikt zonder verdere hulp",
                        columns,
                        c -> c.figures().indicators().goalReachedWithoutHelp().numerator(),
                        c -> c.figures().indicators().goalReachedWithoutHelp().denominator()),
                medianRow(columns),
                sumRow(
                        "Geleverde dagdelen",
                        columns,
                        c -> c.figures().dayParts().total(),
                        Figure.Ratio::new),
                sumRow("Budget uitgegeven", columns, c -> c.budget().spent(), Figure.Money::new));
        return new FigureTable(RESULTS, "Resultaten per gemeente", withNetwork(names), rows, null, false);
    }

    private static FigureRow countRow(String label, List<Column> columns, ToIntFunction<Column> count) {
        List<Figure> cells = new ArrayList<>();
        int total = 0;
        for (Column column : columns) {
            int value = count.applyAsInt(column);
            cells.add(new Figure.Count(value));
            total += value;
        }
        cells.add(new Figure.Count(total));
        return new FigureRow(label, cells);
    }

    private static FigureRow shareRow(
            String label, List<Column> columns, ToIntFunction<Column> numerator, ToIntFunction<Column> denominator) {
        List<Figure> cells = new ArrayList<>();
        int allNumerator = 0;
        int allDenominator = 0;
        for (Column column : columns) {
            int n = numerator.applyAsInt(column);
            int d = denominator.applyAsInt(column);
            cells.add(Figure.percentage(n, d));
            allNumerator += n;
            allDenominator += d;
        }
        cells.add(Figure.percentage(allNumerator, allDenominator));
        return new FigureRow(label, cells);
    }

    /** Medians do not add up: the network column stays empty rather than show a wrong figure. */
    private static FigureRow medianRow(List<Column> columns) {
        List<Figure> cells = new ArrayList<>();
        for (Column column : columns) {
            var waiting = column.figures().waitingTime();
            cells.add(
                    waiting.medianDays() == null || waiting.matches() == 0
                            ? new Figure.Empty()
                            : new Figure.Average(waiting.medianDays(), waiting.matches()));
        }
        cells.add(new Figure.Empty());
        return new FigureRow("Mediaan wachttijd tot proefperiode (dagen)", cells);
    }

    private static FigureRow sumRow(
            String label,
            List<Column> columns,
            Function<Column, BigDecimal> value,
            Function<BigDecimal, Figure> figure) {
        List<Figure> cells = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Column column : columns) {
            BigDecimal v = value.apply(column);
            cells.add(figure.apply(v));
            total = total.add(v);
        }
        cells.add(figure.apply(total.setScale(Math.max(total.scale(), 1), RoundingMode.HALF_UP)));
        return new FigureRow(label, cells);
    }

    private static List<String> withNetwork(List<String> names) {
        List<String> columns = new ArrayList<>(names);
        columns.add("Netwerk");
        return columns;
    }
}
