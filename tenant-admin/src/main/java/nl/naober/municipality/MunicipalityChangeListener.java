package nl.naober.municipality;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Listens for {@link MunicipalityChangeNotice}s of every replica ({@code LISTEN}) and reloads the registry when one
 * arrives, so a suspension made on one replica holds on all of them within a second. It keeps one connection of its
 * own, outside the pool (a pooled one held forever would shrink the pool), and checks it every
 * {@code naober.tenancy.registry-listen-check} (10 s); when the database goes away it connects again with a growing
 * pause, and reloads the registry once it listens again, for what it missed. The periodic refresh
 * ({@code naober.tenancy.registry-refresh-interval}) stays as the fallback.
 */
@Component
class MunicipalityChangeListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MunicipalityChangeListener.class);
    private static final Duration MAX_PAUSE = Duration.ofSeconds(30);

    private final DataSource dataSource;
    private final MunicipalityRegistry registry;
    private final boolean enabled;
    private final Duration check;
    private volatile boolean running;
    private volatile Thread thread;
    private volatile Connection connection;

    MunicipalityChangeListener(
            DataSource dataSource,
            MunicipalityRegistry registry,
            @Value("${naober.tenancy.registry-listen:true}") boolean enabled,
            @Value("${naober.tenancy.registry-listen-check:PT10S}") Duration check) {
        this.dataSource = dataSource;
        this.registry = registry;
        this.enabled = enabled;
        this.check = check;
    }

    @Override
    public void start() {
        if (!enabled) {
            return;
        }
        running = true;
        thread = new Thread(this::listen, "municipality-change-listener");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        Thread listening = thread;
        if (listening != null) {
            listening.interrupt();
        }
        closeQuietly(connection);
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        Duration pause = Duration.ofMillis(500);
        while (running) {
            try (Connection listening = connect()) {
                connection = listening;
                try (Statement sql = listening.createStatement()) {
                    sql.execute("LISTEN " + MunicipalityChangeNotice.CHANNEL);
                }
                // What changed while this replica was not listening (at start, after an outage).
                registry.refresh();
                pause = Duration.ofMillis(500);
                refreshOnNotices(listening);
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                log.warn(
                        "Not listening for municipality changes ({}); trying again in {} ms, the periodic refresh"
                                + " stands in meanwhile",
                        e.getMessage(),
                        pause.toMillis());
                if (!slept(pause)) {
                    return;
                }
                pause = pause.multipliedBy(2).compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause.multipliedBy(2);
            }
        }
    }

    /** Refreshes the registry on every notice until stopped; throws when the connection is lost. */
    private void refreshOnNotices(Connection listening) throws SQLException {
        PGConnection notices = listening.unwrap(PGConnection.class);
        while (running) {
            PGNotification[] arrived = notices.getNotifications((int) check.toMillis());
            if (arrived != null && arrived.length > 0) {
                registry.refresh();
            } else {
                try (Statement alive = listening.createStatement()) {
                    // A connection dropped without a word shows itself only when used.
                    alive.setQueryTimeout(5);
                    alive.execute("SELECT 1");
                }
            }
        }
    }

    /** False when interrupted (the interrupt is kept): the listener then stops. */
    private static boolean slept(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
            return true;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A connection of its own, with the pool's coordinates and login. */
    private Connection connect() throws SQLException {
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        return DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // closing on shutdown; nothing to do
            }
        }
    }
}
