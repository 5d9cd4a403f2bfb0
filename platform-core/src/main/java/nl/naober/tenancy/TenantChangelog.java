package nl.naober.tenancy;

import java.util.List;
import liquibase.Scope;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.ResourceAccessor;

/**
 * The tenant changelog and its version. The version is derived from the changelog itself (number of change sets
 * and the id of the last one), so adding a change set can never be forgotten in some constant; because landed
 * change sets are never edited, equal versions mean an equal schema.
 */
public final class TenantChangelog {

    public static final String PATH = "db/changelog/tenant/changelog-master.yaml";

    private final String version;

    private TenantChangelog(String version) {
        this.version = version;
    }

    public static TenantChangelog load(ClassLoader classLoader) {
        ResourceAccessor accessor = new ClassLoaderResourceAccessor(classLoader);
        try {
            List<ChangeSet> changeSets = Scope.child(
                    LiquibaseScope.values(classLoader),
                    () -> ChangeLogParserFactory.getInstance()
                            .getParser(PATH, accessor)
                            .parse(PATH, new ChangeLogParameters(), accessor)
                            .getChangeSets());
            ChangeSet last = changeSets.get(changeSets.size() - 1);
            return new TenantChangelog(changeSets.size() + ":" + last.getId());
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the tenant changelog " + PATH, e);
        }
    }

    public String version() {
        return version;
    }

    public boolean isCurrent(String appliedVersion) {
        return version.equals(appliedVersion);
    }
}
