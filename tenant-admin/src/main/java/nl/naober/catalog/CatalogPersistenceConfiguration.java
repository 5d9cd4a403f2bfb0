package nl.naober.catalog;

import jakarta.persistence.EntityManagerFactory;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.jpa.EntityManagerFactoryBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;

/**
 * The persistence unit of the platform catalog (schema {@code platform}). It is separate from the tenant unit so
 * that catalog work never needs, and never pretends to have, a municipality in context.
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaRepositories(
        basePackages = {
            "nl.naober.account",
            "nl.naober.approval",
            "nl.naober.audit",
            "nl.naober.budget",
            "nl.naober.catalog",
            "nl.naober.demo",
            "nl.naober.evaluation",
            "nl.naober.municipality",
            "nl.naober.organisation",
            "nl.naober.settings"
        },
        entityManagerFactoryRef = "catalogEntityManagerFactory",
        transactionManagerRef = CatalogTransactional.TRANSACTION_MANAGER)
public class CatalogPersistenceConfiguration {

    public static final String SCHEMA = "platform";

    /** The features whose entities and repositories live in the catalog: the top-level packages of tenant-admin. */
    public static final String[] PACKAGES = {
        "nl.naober.account",
        "nl.naober.approval",
        "nl.naober.audit",
        "nl.naober.budget",
        "nl.naober.catalog",
        "nl.naober.demo",
        "nl.naober.evaluation",
        "nl.naober.municipality",
        "nl.naober.organisation",
        "nl.naober.settings"
    };

    @Bean
    LocalContainerEntityManagerFactoryBean catalogEntityManagerFactory(
            EntityManagerFactoryBuilder builder, DataSource dataSource) {
        return builder.dataSource(dataSource)
                .packages(PACKAGES)
                .persistenceUnit("catalog")
                .build();
    }

    @Bean(CatalogTransactional.TRANSACTION_MANAGER)
    JpaTransactionManager catalogTransactionManager(
            @Qualifier("catalogEntityManagerFactory") EntityManagerFactory entityManagerFactory) {
        return new JpaTransactionManager(entityManagerFactory);
    }
}
