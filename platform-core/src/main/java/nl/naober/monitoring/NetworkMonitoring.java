package nl.naober.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import nl.naober.accesslog.Accessor;
import nl.naober.monitoring.report.Suppression;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The network admin's view: the key indicators of every municipality of the network side by side, with a
 * network-wide column. Each municipality's figures come from its own schema, one municipality at a time; which
 * municipalities belong to the network comes from the catalog through the port {@link NetworkMembers}.
 */
@Service
public class NetworkMonitoring implements DisposableBean {

    private final NetworkMembers members;
    private final MunicipalityMonitoring monitoring;
    private final Clock clock;
    private final ExecutorService pool;

    NetworkMonitoring(
            NetworkMembers members,
            MunicipalityMonitoring monitoring,
            Clock clock,
            @Value("${naober.monitoring.network-threads:4}") int threads) {
        this.members = members;
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
        List<ReportedMunicipality> municipalities = members.activeMunicipalities(networkCode);
        // Each municipality is independent: a few at a time, each on its own connection and tenant.
        Accessor who = monitoring.accessor();
        List<CompletableFuture<NetworkTables.Column>> work = municipalities.stream()
                .map(municipality -> CompletableFuture.supplyAsync(() -> column(municipality, period, asOf, who), pool))
                .toList();
        List<NetworkTables.Column> columns =
                work.stream().map(CompletableFuture::join).toList();
        int threshold =
                columns.stream().mapToInt(NetworkTables.Column::threshold).max().orElse(1);
        Suppression suppression = new Suppression(threshold);
        List<String> names = columns.stream().map(NetworkTables.Column::name).toList();
        return new NetworkReport(
                networkCode,
                members.name(networkCode),
                period.from(),
                period.to(),
                asOf,
                threshold,
                suppression.legend(),
                names,
                suppression.apply(
                        List.of(NetworkTables.counts(columns, names), NetworkTables.results(columns, names)),
                        NetworkTables.links(names.size())));
    }

    private NetworkTables.Column column(
            ReportedMunicipality municipality, MonitoringPeriod period, LocalDate asOf, Accessor who) {
        CaseFigures figures = monitoring.caseFigures(municipality, period, asOf, who);
        BudgetFigures budget = monitoring.budget(municipality, period, figures);
        return new NetworkTables.Column(
                municipality.name(), figures, budget, monitoring.suppressionThreshold(municipality));
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
    }
}
