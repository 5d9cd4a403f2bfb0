package nl.naober.testsupport;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points a module test's context at the run's {@link TestPostgres}, with the pool as the application configures it
 * ({@code api/src/main/resources/application.yaml}): requests log in as {@code naober_app}, idle connections are in
 * the catalog role and schema, and a tenant session switches to its municipality's role and schema.
 */
public class TestPostgresInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                        "spring.datasource.url=" + TestPostgres.get().url(),
                        "spring.datasource.username=" + TestPostgres.APP,
                        "spring.datasource.password=" + TestPostgres.ROLE_PASSWORD,
                        "spring.datasource.hikari.schema=platform",
                        "spring.datasource.hikari.connection-init-sql=SET ROLE naober_catalog",
                        "spring.datasource.hikari.maximum-pool-size=4",
                        "spring.jpa.open-in-view=false",
                        "spring.jpa.hibernate.ddl-auto=none",
                        "spring.jpa.properties.hibernate.default_batch_fetch_size=64",
                        "spring.liquibase.enabled=false")
                .applyTo(context);
    }
}
