package nl.naober.testsupport;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.time.Period;
import java.util.Arrays;
import java.util.Set;
import nl.naober.accesslog.AccessContext;
import nl.naober.accesslog.Accessor;
import nl.naober.crypto.EncryptionKeys;
import nl.naober.crypto.FieldCipher;
import nl.naober.identity.CurrentActor;
import nl.naober.programme.ProgrammeSettings;
import nl.naober.tenancy.OwnerDatabase;
import nl.naober.tenancy.TenantPersistenceConfiguration;
import nl.naober.tenancy.TenantSchemaMigrator;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.core.type.filter.TypeFilter;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * platform-core as the application runs it, without the catalog and the web: every component of its features
 * ({@link TenantPersistenceConfiguration#PACKAGES}) and Boot's auto-configuration, plus what the modules above
 * provide in the application (the tenant directory, the programme settings, who acts (for the timeline and the access log), the encryption key, the owner's
 * connections). One context for every module test of a JVM.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(
        basePackages = "nl.naober",
        excludeFilters = @ComponentScan.Filter(type = FilterType.CUSTOM, classes = CoreTestConfiguration.Core.class))
public class CoreTestConfiguration {

    /** Who acts in a module test; the timeline and "responsible coordinator" show it. */
    public static final String ACTOR = "module-test";

    /** A fixed test key (never used outside tests). */
    static final String KEY = "test-1:4IxlQz9SVssjwAanIPGBbN3UPVwiDzNKs53HAkbuJ0E=";

    @Bean
    TwoMunicipalities twoMunicipalities(TenantSchemaMigrator migrator) {
        return new TwoMunicipalities(migrator);
    }

    @Bean
    OwnerDatabase ownerDatabase() {
        TestPostgres.Server server = TestPostgres.get();
        return new OwnerDatabase(
                new DriverManagerDataSource(server.url(), TestPostgres.OWNER, TestPostgres.ROLE_PASSWORD),
                TestPostgres.APP);
    }

    @Bean
    FieldCipher fieldCipher() {
        return new FieldCipher(EncryptionKeys.parse(KEY));
    }

    @Bean
    CurrentActor currentActor() {
        return () -> ACTOR;
    }

    /** The access log records the test's actor as a coordinator, outside any request. */
    @Bean
    AccessContext accessContext() {
        return () -> new Accessor(ACTOR, "COORDINATOR", null, null);
    }

    @Bean
    MeterRegistry meterRegistry() {
        return new SimpleMeterRegistry();
    }

    /** The catalog's defaults for a new network (tenant-admin's settings feature keeps them in the application). */
    @Bean
    ProgrammeSettings programmeSettings() {
        return new ProgrammeSettings() {
            @Override
            public Period vogValidity() {
                return Period.ofYears(3);
            }

            @Override
            public Period trialLength() {
                return Period.ofMonths(2);
            }

            @Override
            public Period evaluationInterval() {
                return Period.ofMonths(3);
            }

            @Override
            public Period retentionPeriod() {
                return Period.ofYears(2);
            }

            @Override
            public int suppressionThreshold() {
                return 5;
            }
        };
    }

    /**
     * Leaves out everything but platform-core's features (the test support itself and, in tenant-admin, the catalog),
     * and the two monitoring services that read the catalog through ports tenant-admin implements (budgets, settings,
     * a network's members): a module test of them brings its own port implementations.
     */
    static class Core implements TypeFilter {

        private static final Set<String> NEED_THE_CATALOG =
                Set.of("nl.naober.monitoring.MunicipalityMonitoring", "nl.naober.monitoring.NetworkMonitoring");

        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
            String type = reader.getClassMetadata().getClassName();
            return NEED_THE_CATALOG.contains(type)
                    || Arrays.stream(TenantPersistenceConfiguration.PACKAGES)
                            .noneMatch(feature -> type.startsWith(feature + "."));
        }
    }
}
