package nl.naober.monitoring.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import nl.naober.accesslog.Accessor;
import nl.naober.monitoring.CaseFigures;
import nl.naober.monitoring.MonitoringPeriod;
import nl.naober.monitoring.report.Figure;
import nl.naober.monitoring.report.FigureRow;
import nl.naober.monitoring.report.FigureTable;
import nl.naober.monitoring.report.Suppression;
import nl.naober.municipality.MunicipalityRegistry;
import nl.naober.municipality.MunicipalitySummary;
import nl.naober.municipality.NetworkCatalog;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The network admin's view: the key indicators of every municipality of the network side by side, with a
 * network-wide column. Each municipality's figures come from its own schema, one municipality at a time.
 */
@Service
public class NetworkMonitoring implements DisposableBean {

    static final String COUNTS = "kerncijfers-per-gemeente";
    static final String RESULTS = "resultaten-per-gemeente";

    private final MunicipalityRegistry registry;
    private final NetworkCatalog networks;
    private final MunicipalityMonitoring monitoring;
    private final Clock clock;
    private final ExecutorService pool;

    NetworkMonitoring(
            MunicipalityRegistry registry,
            NetworkCatalog networks,
            MunicipalityMonitoring monitoring,
            Clock clock,
            @Value("${naober.monitoring.network-threads:4}") int threads) {
        this.registry = registry;
        this.networks = networks;
        this.monitoring = monitoring;
        this.clock = clock;
        AtomicInteger count = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "network-monitoring-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    public NetworkReport report(String networkCode, MonitoringPeriod period) {
        LocalDate asOf = LocalDate.now(clock);
        List<MunicipalitySummary> municipalities = registry.active().stream()
                .filter(m -> m.networkCode().equals(networkCode))
                .toList();
        // Each municipality is independent: a few at a time, each on its own connection and tenant.
        Accessor who = monitoring.accessor();
        List<CompletableFuture<Column>> work = municipalities.stream()
                .map(municipality -> CompletableFuture.supplyAsync(() -> column(municipality, period, asOf, who), pool))
                .toList();
        List<Column> columns = work.stream().map(CompletableFuture::join).toList();
        int threshold = columns.stream().mapToInt(Column::threshold).max().orElse(1);
        Suppression suppression = new Suppression(threshold);
        List<String> names = columns.stream().map(Column::name).toList();
        return new NetworkReport(
                networkCode,
                networks.findName(networkCode).orElse(networkCode),
                period.from(),
                period.to(),
                asOf,
                threshold,
                suppression.legend(),
                names,
                suppression.apply(List.of(counts(columns, names), results(columns, names)), links(names.size())));
    }

    private Column column(MunicipalitySummary municipality, MonitoringPeriod period, LocalDate asOf, Accessor who) {
        CaseFigures figures = monitoring.caseFigures(municipality, period, asOf, who);
        BudgetFigures budget = BudgetFigures.of(monitoring.budgetLines(municipality, period, figures.end()), figures);
        return new Column(municipality.name(), figures, budget, monitoring.suppressionThreshold(municipality));
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
    }

    /**
     * The results that reveal the counts beside them, per column (the municipalities and the network): the share
     * continued after the trial is continued / (continued + ended), the median waiting time is over the matches
     * started. See {@link Suppression#apply(List, List)}.
     */
    private static List<Suppression.Link> links(int municipalities) {
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

    private static FigureTable counts(List<Column> columns, List<String> names) {
        List<FigureRow> rows = List.of(
                countRow(
                        "Aangemelde gezinnen",
                        columns,
                        c -> c.figures().funnel().registered()),
                countRow(
                        "Aangemelde steungezinnen",
                        columns,
                        c -> c.figures().registrationsPerMonth().stream()
                                .mapToInt(m -> m.supportFamilies())
                                .sum()),
                countRow(
                        "Wachtende gezinnen (eind)",
                        columns,
                        c -> c.figures().supplyAndDemand().waitingFamilies()),
                countRow(
                        "Beschikbare steungezinnen (eind)",
                        columns,
                        c -> c.figures().supplyAndDemand().availableSupportFamilies()),
                countRow(
                        "Koppelingen gestart",
                        columns,
                        c -> c.figures().matches().started()),
                countRow(
                        "Proefperiodes voortgezet",
                        columns,
                        c -> c.figures().matches().trialsContinued()),
                countRow(
                        "Proefperiodes beëindigd",
                        columns,
                        c -> c.figures().matches().trialsEnded()),
                countRow(
                        "Lopende koppelingen (eind)",
                        columns,
                        c -> c.figures().matches().runningAtEnd()),
                countRow(
                        "Afgesloten koppelingen",
                        columns,
                        c -> c.figures().matches().closings()),
                countRow(
                        "Doorverwezen naar professionele zorg",
                        columns,
                        c -> c.figures().escalations().referralsToProfessionalCare()));
        // with no municipality there is only the network column, and nothing it totals
        return new FigureTable(COUNTS, "Kerncijfers per gemeente", withNetwork(names), rows, null, !names.isEmpty());
    }

    private static FigureTable results(List<Column> columns, List<String> names) {
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

    private record Column(String name, CaseFigures figures, BudgetFigures budget, int threshold) {}
}
