package nl.naober.core.tenancy;

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
        basePackages = "nl.naober.core",
        entityManagerFactoryRef = "entityManagerFactory",
        transactionManagerRef = "transactionManager")
public class TenantPersistenceConfiguration {

    public static final String PERSISTENCE_UNIT = "tenant";

    @Bean
    @Primary
    LocalContainerEntityManagerFactoryBean entityManagerFactory(
            EntityManagerFactoryBuilder builder,
            DataSource dataSource,
            TenantDirectory directory,
            TenantConnections connections) {
        return builder.dataSource(dataSource)
                .packages("nl.naober.core")
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
