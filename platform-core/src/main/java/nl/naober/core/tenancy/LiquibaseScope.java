package nl.naober.core.tenancy;

import java.util.Map;
import liquibase.analytics.configuration.AnalyticsArgs;
import liquibase.resource.ClassLoaderResourceAccessor;

/** The Liquibase scope every Naober migration runs in. */
public final class LiquibaseScope {

    private LiquibaseScope() {}

    /**
     * Changelogs from the class path; no usage analytics, which Liquibase would otherwise try to send on every run
     * (on a closed network that is a connect time-out per start).
     */
    public static Map<String, Object> values(ClassLoader classLoader) {
        return Map.of(
                liquibase.Scope.Attr.resourceAccessor.name(),
                new ClassLoaderResourceAccessor(classLoader),
                AnalyticsArgs.ENABLED.getKey(),
                false);
    }
}
