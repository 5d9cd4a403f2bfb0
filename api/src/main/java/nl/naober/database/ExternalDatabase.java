package nl.naober.database;

import org.springframework.core.env.PropertyResolver;
import org.springframework.util.StringUtils;

/**
 * Whether Naober runs on an external PostgreSQL ({@code spring.datasource.url}, env {@code SPRING_DATASOURCE_URL})
 * rather than its embedded default: the one test behind the data source, the encryption key, local mode and the
 * demo guards.
 */
public final class ExternalDatabase {

    private ExternalDatabase() {}

    public static boolean configured(PropertyResolver environment) {
        return StringUtils.hasText(environment.getProperty("spring.datasource.url"));
    }
}
