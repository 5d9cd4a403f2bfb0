package nl.naober.support;

import java.util.List;
import nl.naober.database.DatabaseRoleSetup;
import nl.naober.demo.DemoEnabled;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points a test context at the run's shared database, so no context starts an embedded one of its own: requests as
 * {@code naober_app}, migrations as {@code naober_owner}, as in production; with fixed encryption keys, as an external
 * database gets no generated one.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** The key that encrypts in every test context. */
    public static final String KEY_1 = "test-1:4IxlQz9SVssjwAanIPGBbN3UPVwiDzNKs53HAkbuJ0E=";

    /**
     * A key that only decrypts here: the rotation test moves the shared database's values to it, and every other test
     * context must still read them.
     */
    public static final String KEY_2 = "test-2:p8x5SJg15Cduw6p0BKfMYDO31ZjkvrDEsIOlaIgHLfk=";

    /** The metrics scraper's token in every test context. */
    public static final String SCRAPE_TOKEN = "test-scrape-token";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        // The shared database is not the embedded default: the demo is asked for (a test may still switch it off).
        TestPropertyValues.of(properties()).applyTo(context);
        if (!context.getEnvironment().containsProperty(DemoEnabled.SETTING)) {
            TestPropertyValues.of(DemoEnabled.SETTING + "=true").applyTo(context);
        }
    }

    /** The database (and scrape token) properties of every Naober started by a test, as {@code key=value}. */
    public static List<String> properties() {
        return List.of(
                "spring.datasource.url=" + TestDatabase.get().url(),
                "spring.datasource.username=" + DatabaseRoleSetup.APP,
                "spring.datasource.password=" + TestDatabase.ROLE_PASSWORD,
                "naober.database.owner.username=" + DatabaseRoleSetup.OWNER,
                "naober.database.owner.password=" + TestDatabase.ROLE_PASSWORD,
                "naober.encryption.keys=" + KEY_1 + "," + KEY_2,
                // Local accounts with a database that is not the embedded default are asked for.
                "naober.security.local-mode-with-external-database=true",
                "naober.metrics.scrape-token=" + SCRAPE_TOKEN);
    }
}
