package nl.naober.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.naober.NaoberApplication;
import nl.naober.municipality.InvalidMunicipalityException;
import nl.naober.municipality.MunicipalityProvisioning;
import nl.naober.municipality.MunicipalityRegistry;
import nl.naober.municipality.MunicipalityStatus;
import nl.naober.municipality.MunicipalitySummary;
import nl.naober.municipality.NewMunicipality;
import nl.naober.municipality.TenantStartupMigration;
import nl.naober.support.CbsCodes;
import nl.naober.support.NaoberIntegrationTest;
import nl.naober.support.Sql;
import nl.naober.support.TestDatabaseInitializer;
import nl.naober.tenancy.TenantSchemaMigrator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Onboarding creates and migrates a schema; a restart leaves up-to-date schemas alone. */
@NaoberIntegrationTest
class ProvisioningTest {

    @Autowired
    MunicipalityProvisioning provisioning;

    @Autowired
    MunicipalityRegistry registry;

    @Autowired
    TenantSchemaMigrator migrator;

    @Autowired
    TenantStartupMigration startupMigration;

    @Test
    void provisioningCreatesAndMigratesTheSchemaAndServesIt() {
        String code = "test-" + Long.toString(System.nanoTime(), 36);
        String schema = "t_" + code.replace('-', '_');

        MunicipalitySummary summary =
                provisioning.provision(new NewMunicipality(code, "Proef " + code, cbsCode(), "buurtgezinnen"));

        assertThat(summary.status()).isEqualTo(MunicipalityStatus.ACTIVE);
        assertThat(summary.tenantChangelogVersion())
                .isEqualTo(migrator.changelog().version());
        assertThat(tables(schema)).contains("family", "support_family", "databasechangelog");
        assertThat(catalogValue("SELECT schema_name FROM platform.municipality WHERE code = ?", code))
                .isEqualTo(schema);
        assertThat(catalogValue("SELECT status FROM platform.municipality WHERE code = ?", code))
                .isEqualTo("ACTIVE");
        assertThat(registry.findActive(code)).isPresent();
    }

    @Test
    void invalidOnboardingDataIsRefusedWithEveryReasonAndCreatesNoSchema() {
        assertThatThrownBy(() ->
                        provisioning.provision(new NewMunicipality("Bad Code!", "", "0119", "nonexistent-network")))
                .isInstanceOfSatisfying(
                        InvalidMunicipalityException.class,
                        e -> assertThat(e.problems()).hasSize(4));
        assertThatThrownBy(() ->
                        provisioning.provision(new NewMunicipality("meppel-2", "Meppel", "GM0119", "buurtgezinnen")))
                .isInstanceOfSatisfying(
                        InvalidMunicipalityException.class,
                        e -> assertThat(e.problems())
                                .anyMatch(p -> p.contains("Meppel"))
                                .anyMatch(p -> p.contains("GM0119")));
        assertThat(tables("t_meppel_2")).isEmpty();
        assertThat(catalogValue("SELECT code FROM platform.municipality WHERE code = ?", "meppel-2"))
                .isNull();
    }

    @Test
    void aTenantThatCannotBeMigratedIsMarkedFailedAndNotServedWhileTheOthersStart() {
        String code = "broken-" + Long.toString(System.nanoTime(), 36);
        String schema = "t_" + code.replace('-', '_');
        // A catalog row that claims nothing is applied yet, and a schema whose "family" is in the way.
        Sql.execute("CREATE SCHEMA " + schema);
        Sql.execute("CREATE TABLE " + schema + ".family (something text)");
        Sql.execute(
                "INSERT INTO platform.municipality (code, name, cbs_code, network_code, schema_name, status, created_at)"
                        + " VALUES (?, ?, ?, 'steunoudernl', ?, 'ACTIVE', now())",
                code,
                "Kapot " + code,
                cbsCode(),
                schema);

        TenantStartupMigration.Report report = startupMigration.migrateActiveTenants();
        registry.refresh();

        assertThat(report.failed()).isEqualTo(1);
        assertThat(report.upToDate()).isEqualTo(report.active() - 1);
        assertThat(catalogValue("SELECT status FROM platform.municipality WHERE code = ?", code))
                .isEqualTo("FAILED");
        assertThat(catalogValue("SELECT status_reason FROM platform.municipality WHERE code = ?", code))
                .contains(schema);
        assertThat(registry.findActive(code)).isEmpty();
        assertThat(registry.findActive("meppel")).isPresent();
    }

    @Test
    void aRestartRunsNoLiquibaseForUpToDateTenants() {
        try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(NaoberApplication.class)
                .initializers(new TestDatabaseInitializer())
                .run(
                        "--naober.security.bcrypt-strength=4",
                        "--naober.demo.case-data.enabled=false",
                        "--spring.main.banner-mode=off",
                        "--server.port=0")) {
            TenantStartupMigration.Report report =
                    restarted.getBean(TenantStartupMigration.class).migrateActiveTenants();

            assertThat(restarted.getBean(TenantSchemaMigrator.class).liquibaseRuns())
                    .as("Liquibase runs during the restart")
                    .isZero();
            assertThat(report.active()).isGreaterThanOrEqualTo(6);
            assertThat(report.upToDate()).isEqualTo(report.active());
            assertThat(report.migrated()).isZero();
        }
    }

    private static String cbsCode() {
        return CbsCodes.free();
    }

    private static List<String> tables(String schema) {
        return Sql.strings("SELECT table_name FROM information_schema.tables WHERE table_schema = ?", schema);
    }

    private static String catalogValue(String sql, String code) {
        return Sql.strings(sql, code).stream().findFirst().orElse(null);
    }
}
