package nl.naober.tenancy;

import java.util.Map;
import liquibase.analytics.configuration.AnalyticsArgs;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;

/** The Liquibase scope every Naober migration runs in. */
public final class LiquibaseScope {

    private LiquibaseScope() {}

    /**
     * Changelogs from the class path; its console output (an update summary per schema) to the log, where the
     * level setting keeps it quiet; no usage analytics, which Liquibase would otherwise try to send on every run
     * (on a closed network that is a connect time-out per start).
     */
    public static Map<String, Object> values(ClassLoader classLoader) {
        return Map.of(
                liquibase.Scope.Attr.resourceAccessor.name(),
                new ClassLoaderResourceAccessor(classLoader),
                liquibase.Scope.Attr.ui.name(),
                new LoggerUIService(),
                AnalyticsArgs.ENABLED.getKey(),
                false);
    }
}
