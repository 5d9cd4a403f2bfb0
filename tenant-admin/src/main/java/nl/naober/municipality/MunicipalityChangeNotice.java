package nl.naober.municipality;

import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.stereotype.Component;

/**
 * Tells every replica that a municipality changed (onboarded, suspended, reactivated, removed), with PostgreSQL's
 * {@code NOTIFY}: each replica's {@link MunicipalityChangeListener} then reloads its registry at once instead of at
 * its next periodic refresh. Called inside the catalog transaction that makes the change, PostgreSQL delivers the
 * notice only when that transaction commits, and not at all when it rolls back; outside one it goes at once.
 */
@Component
class MunicipalityChangeNotice {

    /** The channel; its payload is the municipality's code (validated at onboarding, never personal data). */
    static final String CHANNEL = "naober_municipality_changed";

    private final JdbcTemplate jdbc;

    MunicipalityChangeNotice(DataSource dataSource) {
        // The catalog's JPA transaction manager binds its connection to this DataSource, so the notice joins it.
        this.jdbc = new JdbcTemplate(dataSource);
    }

    void send(String code) {
        jdbc.query("SELECT pg_notify(?, ?)", (ResultSetExtractor<Void>) rows -> null, CHANNEL, code);
    }
}
