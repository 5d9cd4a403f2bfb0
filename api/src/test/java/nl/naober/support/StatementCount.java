package nl.naober.support;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.function.ToLongFunction;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/**
 * What a request costs in SQL, counted with Hibernate's statistics of every persistence unit (tenant and catalog),
 * switched on for the request only; the fewest of three tries, as a stray statement of another thread only adds.
 * Statements Hibernate prepares are counted; the access log's insert goes through the connection itself ({@code
 * AccessLog.record}, plain JDBC) and is not among them: count its lines in the log table where it matters.
 */
public final class StatementCount {

    /**
     * @param statements the statements Hibernate prepared (on a read: its selects)
     * @param transactions the transactions that ended, the access log's own one included
     * @param writes the entities Hibernate inserted, updated or deleted (0 on a read)
     */
    public record Cost(long statements, long transactions, long writes) {}

    private final List<EntityManagerFactory> persistenceUnits;

    public StatementCount(List<EntityManagerFactory> persistenceUnits) {
        this.persistenceUnits = persistenceUnits;
    }

    /** The statements of the cheapest of three runs of the request. */
    public long statements(Runnable request) {
        return cost(request).statements();
    }

    /** The cost of the run with the fewest statements of three. */
    public Cost cost(Runnable request) {
        List<Statistics> all = persistenceUnits.stream()
                .map(unit -> unit.unwrap(SessionFactory.class).getStatistics())
                .toList();
        Cost fewest = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            all.forEach(statistics -> {
                statistics.clear();
                statistics.setStatisticsEnabled(true);
            });
            try {
                request.run();
                Cost cost = new Cost(
                        sum(all, Statistics::getPrepareStatementCount),
                        sum(all, Statistics::getTransactionCount),
                        sum(all, s -> s.getEntityInsertCount() + s.getEntityUpdateCount() + s.getEntityDeleteCount()));
                if (fewest == null || cost.statements() < fewest.statements()) {
                    fewest = cost;
                }
            } finally {
                all.forEach(statistics -> statistics.setStatisticsEnabled(false));
            }
        }
        return fewest;
    }

    private static long sum(List<Statistics> all, ToLongFunction<Statistics> count) {
        return all.stream().mapToLong(count).sum();
    }
}
