package nl.naober.database;

import nl.naober.tenancy.OwnerDatabase;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * With an external database ({@code spring.datasource.url}), requests log in as {@code spring.datasource.username}
 * and migrations as the owner, {@code naober.database.owner.username} (env {@code NAOBER_DATABASE_OWNER_USERNAME}),
 * on the same database. Both roles come from {@code db/roles.sql} (README). Unpooled: the owner works at start-up and
 * at onboarding only.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(DataSourceUrlCondition.class)
class ExternalOwnerDatabaseConfiguration {

    @Bean
    OwnerDatabase ownerDatabase(
            @Value("${spring.datasource.url}") String url,
            @Value("${spring.datasource.username:}") String appLogin,
            @Value("${naober.database.owner.username:}") String owner,
            @Value("${naober.database.owner.password:}") String password) {
        if (owner.isBlank() || appLogin.isBlank()) {
            throw new IllegalStateException("Set NAOBER_DATABASE_OWNER_USERNAME (and _PASSWORD) to the owner role and"
                    + " SPRING_DATASOURCE_USERNAME to the application role: migrations and requests run under"
                    + " different database roles (README, 'An external PostgreSQL').");
        }
        if (owner.equals(appLogin)) {
            throw new IllegalStateException("The owner role and the application role must differ: the role that"
                    + " serves requests must not own the schemas (README, 'An external PostgreSQL').");
        }
        return new OwnerDatabase(new DriverManagerDataSource(url, owner, password), appLogin);
    }
}
