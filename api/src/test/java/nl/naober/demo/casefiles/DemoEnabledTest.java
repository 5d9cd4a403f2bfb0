package nl.naober.demo.casefiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import nl.naober.account.LocalAccounts;
import nl.naober.demo.DemoCatalog;
import nl.naober.municipality.MunicipalityProvisioning;
import nl.naober.municipality.NetworkCatalog;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * A deployment that sets {@code SPRING_DATASOURCE_URL} and forgets the {@code prod} profile must not seed demo logins
 * with the published password into its real catalog: the demo is opt-in whenever the database is not the embedded one.
 */
class DemoEnabledTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withBean(NetworkCatalog.class, () -> mock(NetworkCatalog.class))
            .withBean(MunicipalityProvisioning.class, () -> mock(MunicipalityProvisioning.class))
            .withBean(LocalAccounts.class, () -> mock(LocalAccounts.class))
            .withUserConfiguration(DemoCatalog.class);

    @Test
    void anExternalDatabaseGetsNoDemoUnlessAskedFor() {
        context.withPropertyValues("spring.datasource.url=jdbc:postgresql://db.example.nl/naober")
                .run(started -> assertThat(started).doesNotHaveBean(DemoCatalog.class));
    }

    @Test
    void aTestServerThatAsksForTheDemoGetsIt() {
        context.withPropertyValues(
                        "spring.datasource.url=jdbc:postgresql://test.example.nl/naober", "naober.demo.enabled=true")
                .run(started -> assertThat(started).hasSingleBean(DemoCatalog.class));
    }

    @Test
    void theEmbeddedDefaultHasTheDemoAndCanSwitchItOff() {
        context.run(started -> assertThat(started).hasSingleBean(DemoCatalog.class));
        context.withPropertyValues("naober.demo.enabled=false")
                .run(started -> assertThat(started).doesNotHaveBean(DemoCatalog.class));
    }
}
