package nl.naober.administration.web;

import static nl.naober.administration.web.AdminApi.BUURTGEZINNEN;
import static nl.naober.administration.web.AdminApi.STEUNOUDERNL;
import static nl.naober.administration.web.AdminApi.roleExists;
import static nl.naober.administration.web.AdminApi.rowExists;
import static nl.naober.administration.web.AdminApi.rules;
import static nl.naober.administration.web.AdminApi.schemaExists;
import static nl.naober.administration.web.AdminApi.schemaOf;
import static nl.naober.support.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.naober.account.LocalAccounts;
import nl.naober.identity.CurrentUser;
import nl.naober.identity.Role;
import nl.naober.municipality.MunicipalityRegistry;
import nl.naober.support.CaseWork;
import nl.naober.support.Http;
import nl.naober.support.NaoberIntegrationTest;
import nl.naober.support.Sql;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Suspension, reactivation and offboarding (export, then removal after a second confirmation), with the audit. */
@NaoberIntegrationTest
class MunicipalityOffboardingTest {

    @LocalServerPort
    int port;

    @Autowired
    LocalAccounts accounts;

    @Autowired
    MunicipalityRegistry registry;

    Http http;
    AdminApi admin;

    @BeforeEach
    void api() {
        http = new Http(port);
        admin = new AdminApi(http);
    }

    @Test
    void suspendReactivateExportAndRemove() {
        String code = admin.onboardActive("off");
        String coordinatorName = "coordinator." + code;
        CurrentUser coordinator = CurrentUser.of(coordinatorName, Role.COORDINATOR, code);
        accounts.createWithHash(coordinator, accounts.hash(Http.DEMO_PASSWORD));
        accounts.createWithHash(
                CurrentUser.of("privacy." + code, Role.PRIVACY_OFFICER, code), accounts.hash(Http.DEMO_PASSWORD));
        CaseWork caseWork = new CaseWork(http, code);
        caseWork.registerFamily(
                "Anna Export",
                52.8,
                6.3,
                Set.of("MONDAY_MORNING"),
                List.of(CaseWork.child("Sem", LocalDate.now().minusYears(4))));
        String families = "/api/v1/municipalities/" + code + "/families";
        assertThat(http.get(families, basic(coordinatorName)).status()).isEqualTo(200);

        // Not yet: export and removal need a suspended municipality.
        assertThat(rules(admin.post("/" + code + "/reactivate", BUURTGEZINNEN)))
                .containsExactly("rule.admin.municipality.not-suspended");
        assertThat(admin.export(code, BUURTGEZINNEN).status()).isEqualTo(409);
        assertThat(rules(admin.delete("/" + code + "/data?confirm=" + code, BUURTGEZINNEN)))
                .containsExactlyInAnyOrder(
                        "rule.admin.municipality.not-suspended",
                        "rule.admin.municipality.export-missing",
                        "rule.privacy.approval.removal-missing");

        Http.Response suspended = admin.suspend(code, BUURTGEZINNEN);
        assertThat(suspended.status()).as(suspended.body()).isEqualTo(200);
        assertThat(suspended.json().get("status").asString()).isEqualTo("SUSPENDED");
        assertThat(rules(admin.suspend(code, BUURTGEZINNEN))).containsExactly("rule.admin.municipality.not-active");
        // A suspended municipality's users cannot log in at all.
        assertThat(http.get(families, basic(coordinatorName)).status()).isEqualTo(401);
        assertThat(registry.admitsLogin(coordinator)).isFalse();
        assertThat(registry.admitsLogin(CurrentUser.of("coordinator.meppel", Role.COORDINATOR, "meppel")))
                .isTrue();
        assertThat(schemaExists(schemaOf(code))).as("data kept").isTrue();
        assertThat(roleExists(schemaOf(code))).as("its database role").isTrue();

        assertThat(admin.post("/" + code + "/reactivate", BUURTGEZINNEN)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("ACTIVE");
        assertThat(http.get(families, basic(coordinatorName)).status()).isEqualTo(200);
        assertThat(registry.admitsLogin(coordinator)).isTrue();

        // The privacy officer approves while the municipality is active: once suspended, nobody of it can log in.
        admin.approved(code, "EXPORT", BUURTGEZINNEN);
        admin.approved(code, "REMOVAL", BUURTGEZINNEN);
        admin.suspend(code, BUURTGEZINNEN);
        assertThat(rules(admin.delete("/" + code + "/data?confirm=" + code, BUURTGEZINNEN)))
                .containsExactly("rule.admin.municipality.export-missing");
        assertThat(admin.export(code, STEUNOUDERNL).status()).isEqualTo(404);

        AdminApi.Export catalogOnly = admin.export(code, "CATALOG", BUURTGEZINNEN);
        assertThat(catalogOnly.status()).isEqualTo(200);
        assertThat(catalogOnly.entries().keySet())
                .containsExactly(
                        "catalog/municipality.json", "catalog/evaluation-periods.json", "catalog/budget-lines.json");
        assertThat(String.join("", catalogOnly.entries().values())).doesNotContain("Anna Export");

        AdminApi.Export export = admin.export(code, BUURTGEZINNEN);
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.contentType()).isEqualTo("application/zip");
        assertThat(export.entries())
                .containsKeys("catalog/municipality.json", "family.json", "child.json", "support_family.json");
        assertThat(Sql.count("SELECT count(*) FROM " + schemaOf(code) + ".access_log WHERE action = 'EXPORT'"
                        + " AND record_type = 'FAMILY' AND username = 'admin.buurtgezinnen'"))
                .as("every family exported is in the municipality's access log")
                .isEqualTo(1);
        assertThat(admin.export(code, BUURTGEZINNEN).status())
                .as("an approval allows one export")
                .isEqualTo(409);
        assertThat(export.entries().get("family.json")).startsWith("[{").contains("\"parent_name\":\"Anna Export\"");
        assertThat(export.entries().get("support_family.json")).isEqualTo("[]");
        assertThat(admin.get("/" + code, BUURTGEZINNEN).json().get("exportedAt").isNull())
                .isFalse();

        assertThat(rules(admin.delete("/" + code + "/data", BUURTGEZINNEN)))
                .containsExactly("rule.admin.municipality.confirmation-mismatch");
        assertThat(rules(admin.delete("/" + code + "/data?confirm=meppel", BUURTGEZINNEN)))
                .containsExactly("rule.admin.municipality.confirmation-mismatch");
        assertThat(admin.delete("/" + code + "/data?confirm=" + code, STEUNOUDERNL)
                        .status())
                .isEqualTo(404);
        assertThat(schemaExists(schemaOf(code))).isTrue();

        List<String> actions = new ArrayList<>();
        admin.get("/" + code + "/audit?size=50", BUURTGEZINNEN)
                .json()
                .get("content")
                .forEach(entry -> actions.add(entry.get("action").asString() + " " + text(entry.get("before")) + " -> "
                        + text(entry.get("after"))));
        assertThat(actions)
                .filteredOn(action -> action.startsWith("PRIVACY_"))
                .containsExactly(
                        "PRIVACY_APPROVAL_USED status=APPROVED -> status=USED",
                        "PRIVACY_APPROVAL_GRANTED status=REQUESTED -> status=APPROVED",
                        "PRIVACY_APPROVAL_REQUESTED - -> kind=REMOVAL",
                        "PRIVACY_APPROVAL_GRANTED status=REQUESTED -> status=APPROVED",
                        "PRIVACY_APPROVAL_REQUESTED - -> kind=EXPORT");
        assertThat(actions)
                .filteredOn(action -> action.startsWith("MUNICIPALITY_"))
                .containsExactly(
                        "MUNICIPALITY_EXPORTED status=SUSPENDED -> status=SUSPENDED, tables=" + (3 + tables(code)),
                        "MUNICIPALITY_EXPORTED status=SUSPENDED -> status=SUSPENDED, tables=3",
                        "MUNICIPALITY_SUSPENDED status=ACTIVE -> status=SUSPENDED, reason=Test: tijdelijk opgeschort",
                        "MUNICIPALITY_REACTIVATED status=SUSPENDED -> status=ACTIVE",
                        "MUNICIPALITY_SUSPENDED status=ACTIVE -> status=SUSPENDED, reason=Test: tijdelijk opgeschort",
                        "MUNICIPALITY_ONBOARDED - -> status=ACTIVE");

        assertThat(admin.delete("/" + code + "/data?confirm=" + code, BUURTGEZINNEN)
                        .status())
                .isEqualTo(204);
        assertThat(schemaExists(schemaOf(code))).isFalse();
        assertThat(roleExists(schemaOf(code)))
                .as("its database role is dropped with it")
                .isFalse();
        assertThat(rowExists(code)).isFalse();
        assertThat(Sql.count("SELECT count(*) FROM platform.local_account WHERE username = ?", coordinatorName))
                .isZero();
        assertThat(admin.get("/" + code, BUURTGEZINNEN).status()).isEqualTo(404);
        assertThat(Sql.strings(
                        "SELECT actor || ' ' || action FROM platform.admin_audit WHERE municipality_code = ?"
                                + " ORDER BY id DESC LIMIT 1",
                        code))
                .containsExactly("admin.buurtgezinnen MUNICIPALITY_REMOVED");
    }

    @Test
    void anExportMadeBeforeAReactivationDoesNotAllowRemoval() {
        String code = admin.onboardActive("off");
        admin.suspend(code, BUURTGEZINNEN);
        assertThat(admin.export(code, "CATALOG", BUURTGEZINNEN).status()).isEqualTo(200);
        assertThat(admin.export(code, BUURTGEZINNEN).status())
                .as("case data without the privacy officer's approval")
                .isEqualTo(409);
        admin.post("/" + code + "/reactivate", BUURTGEZINNEN);
        admin.suspend(code, BUURTGEZINNEN);
        assertThat(rules(admin.delete("/" + code + "/data?confirm=" + code, BUURTGEZINNEN)))
                .containsExactly("rule.admin.municipality.export-missing", "rule.privacy.approval.removal-missing");
    }

    private static String text(tools.jackson.databind.JsonNode value) {
        return value == null || value.isNull() ? "-" : value.asString();
    }

    private static int tables(String code) {
        return Sql.count(
                "SELECT count(*) FROM information_schema.tables WHERE table_schema = ? AND table_type = 'BASE TABLE'",
                schemaOf(code));
    }
}
