package nl.naober.tenancy;

import jakarta.persistence.EntityManagerFactory;
import java.util.Map;
import javax.sql.DataSource;
import org.hibernate.cfg.AvailableSettings;
import org.springframework.boot.jpa.EntityManagerFactoryBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;

/**
 * The persistence unit for case data of one municipality at a time. It is the primary unit: a plain
 * {@code @Transactional} works on tenant data. The catalog has a unit of its own (tenant-admin), so a session on
 * this one always needs a tenant context.
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaRepositories(
        basePackages = {
            "nl.naober.accesslog",
            "nl.naober.appointment",
            "nl.naober.caserecord",
            "nl.naober.crypto",
            "nl.naober.family",
            "nl.naober.geo",
            "nl.naober.identity",
            "nl.naober.mail",
            "nl.naober.matching",
            "nl.naober.monitoring",
            "nl.naober.outcome",
            "nl.naober.programme",
            "nl.naober.registration",
            "nl.naober.retention",
            "nl.naober.supportfamily",
            "nl.naober.tenancy",
            "nl.naober.timeline",
            "nl.naober.work"
        },
        entityManagerFactoryRef = "entityManagerFactory",
        transactionManagerRef = "transactionManager")
public class TenantPersistenceConfiguration {

    public static final String PERSISTENCE_UNIT = "tenant";

    /**
     * The features whose entities and repositories belong to a municipality's own schema: the top-level packages
     * of platform-core. The catalog's are in {@code CatalogPersistenceConfiguration}; {@code ModularityTest} checks
     * that every entity is in exactly one of the two lists and that the annotation above repeats this one.
     */
    public static final String[] PACKAGES = {
        "nl.naober.accesslog",
        "nl.naober.appointment",
        "nl.naober.caserecord",
        "nl.naober.crypto",
        "nl.naober.family",
        "nl.naober.geo",
        "nl.naober.identity",
        "nl.naober.mail",
        "nl.naober.matching",
        "nl.naober.monitoring",
        "nl.naober.outcome",
        "nl.naober.programme",
        "nl.naober.registration",
        "nl.naober.retention",
        "nl.naober.supportfamily",
        "nl.naober.tenancy",
        "nl.naober.timeline",
        "nl.naober.work"
    };

    @Bean
    @Primary
    LocalContainerEntityManagerFactoryBean entityManagerFactory(
            EntityManagerFactoryBuilder builder,
            DataSource dataSource,
            TenantDirectory directory,
            TenantConnections connections) {
        return builder.dataSource(dataSource)
                .packages(PACKAGES)
                .persistenceUnit(PERSISTENCE_UNIT)
                .properties(Map.of(
                        AvailableSettings.MULTI_TENANT_IDENTIFIER_RESOLVER,
                        new TenantIdentifierResolver(),
                        AvailableSettings.MULTI_TENANT_CONNECTION_PROVIDER,
                        new TenantConnectionProvider(directory, connections),
                        // Cache keys would miss the tenant while primary keys repeat in every schema.
                        AvailableSettings.USE_SECOND_LEVEL_CACHE,
                        false,
                        AvailableSettings.USE_QUERY_CACHE,
                        false))
                .build();
    }

    @Bean
    @Primary
    JpaTransactionManager transactionManager(EntityManagerFactory entityManagerFactory) {
        return new JpaTransactionManager(entityManagerFactory);
    }
}
