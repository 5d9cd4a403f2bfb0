package nl.naober.administration.web;

import static nl.naober.administration.web.AdminApi.BUURTGEZINNEN;
import static nl.naober.administration.web.AdminApi.STEUNOUDERNL;
import static nl.naober.administration.web.AdminApi.freeCbsCode;
import static nl.naober.administration.web.AdminApi.roleExists;
import static nl.naober.administration.web.AdminApi.rowExists;
import static nl.naober.administration.web.AdminApi.rules;
import static nl.naober.administration.web.AdminApi.schemaExists;
import static nl.naober.administration.web.AdminApi.schemaOf;
import static nl.naober.administration.web.AdminApi.tables;
import static nl.naober.administration.web.AdminApi.uniqueCode;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.naober.municipality.MunicipalityRegistry;
import nl.naober.support.Http;
import nl.naober.support.NaoberIntegrationTest;
import nl.naober.support.Sql;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Onboarding through the REST API against real PostgreSQL: Westerveld for Buurtgezinnen, validation, a failure
 * midway with its retry, and a cancellation that leaves nothing behind.
 */
@NaoberIntegrationTest
class MunicipalityOnboardingTest {

    @LocalServerPort
    int port;

    @Autowired
    MunicipalityRegistry registry;

    Http http;
    AdminApi admin;

    @BeforeEach
    void api() {
        http = new Http(port);
        admin = new AdminApi(http);
    }

    /**
     * The scenario with the real code and CBS code. The test database may outlive a test run (an external
     * {@code NAOBER_TEST_DB_URL}), so a Westerveld onboarded by an earlier run is accepted as it is and only
     * checked; in a fresh database this onboards it.
     */
    @Test
    void buurtgezinnenOnboardsWesterveldAndSteunouderNlCannotSeeOrChangeIt() {
        if (!rowExists("westerveld")) {
            Http.Response created = admin.onboard("westerveld", "Westerveld", "GM1701");
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            assertThat(created.header("Location")).endsWith("/api/v1/admin/municipalities/westerveld");
            JsonNode body = created.json();
            assertThat(body.get("status").asString()).isEqualTo("ACTIVE");
            assertThat(body.get("networkCode").asString()).isEqualTo("buurtgezinnen");
            assertThat(body.get("cbsCode").asString()).isEqualTo("GM1701");
            assertThat(body.get("programmeStart").asString()).isEqualTo("2026-01-01");
        }

        assertThat(tables("t_westerveld"))
                .contains("family", "support_family", "family_match", "timeline_entry", "databasechangelog");
        assertThat(registry.findActive("westerveld")).isPresent();
        Http.Response one = admin.get("/westerveld", BUURTGEZINNEN);
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.json().get("status").asString()).isEqualTo("ACTIVE");
        assertThat(listedCodes(BUURTGEZINNEN)).contains("westerveld", "meppel").doesNotContain("emmen");
        assertThat(listedCodes(STEUNOUDERNL)).contains("emmen").doesNotContain("westerveld");

        assertThat(admin.get("/westerveld", STEUNOUDERNL).status()).isEqualTo(404);
        assertThat(admin.post("/westerveld/suspend", STEUNOUDERNL).status()).isEqualTo(404);
        assertThat(admin.export("westerveld", STEUNOUDERNL).status()).isEqualTo(404);
        assertThat(admin.get("/westerveld/audit", STEUNOUDERNL).status()).isEqualTo(404);
        assertThat(admin.delete("/westerveld", STEUNOUDERNL).status()).isEqualTo(404);
        assertThat(admin.get("/westerveld", BUURTGEZINNEN).json().get("status").asString())
                .isEqualTo("ACTIVE");

        JsonNode audit = admin.get("/westerveld/audit", BUURTGEZINNEN).json();
        assertThat(audit.get("content")
                        .get(audit.get("content").size() - 1)
                        .get("action")
                        .asString())
                .isEqualTo("MUNICIPALITY_ONBOARDED");
    }

    @Test
    void anotherNetworksMunicipalityIsRefusedWithOneGenericAnswerThatDoesNotSayWhichFieldIsTaken() {
        // Midden-Drenthe (GM1731) is SteunouderNL's; the Buurtgezinnen admin must not learn that from the answers.
        List<Http.Response> probes = List.of(
                admin.onboard("midden-drenthe", "Proef " + uniqueCode("n"), freeCbsCode()),
                admin.onboard(uniqueCode("x"), "Midden-Drenthe", freeCbsCode()),
                admin.onboard(uniqueCode("x"), "Proef " + uniqueCode("n"), "GM1731"),
                admin.onboard("midden-drenthe", "Midden-Drenthe", "GM1731"));
        for (Http.Response probe : probes) {
            assertThat(probe.status()).isEqualTo(409);
            assertThat(rules(probe)).containsExactly("rule.admin.municipality.not-available");
            assertThat(probe.json().get("rules").get(0).get("message").asString())
                    .contains("niet beschikbaar")
                    .doesNotContain("Midden-Drenthe")
                    .doesNotContain("GM1731");
        }
        assertThat(probes.stream()
                        .map(probe -> probe.json().get("rules").toString())
                        .distinct())
                .hasSize(1);
    }

    @Test
    void invalidOnboardingDataIsRefusedWithClearMessages() {
        Http.Response syntax = http.send(http.request(AdminApi.BASE, BUURTGEZINNEN)
                .header("Content-Type", "application/json")
                .header("Accept-Language", "en")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        AdminApi.onboardingJson("Bad Code!", "", "0119"))));
        assertThat(syntax.status()).isEqualTo(400);
        Map<String, String> errors = fieldErrors(syntax);
        assertThat(errors.get("code")).contains("lower-case letters");
        assertThat(errors.get("cbsCode")).contains("GM followed by four digits");
        assertThat(errors.get("name")).contains("name");

        Http.Response dutch = admin.onboard(uniqueCode("x"), "Proef", "GM12345");
        assertThat(dutch.status()).isEqualTo(400);
        assertThat(fieldErrors(dutch).get("cbsCode"))
                .isEqualTo("De CBS-code is GM gevolgd door vier cijfers, bijvoorbeeld GM1701.");

        String code = uniqueCode("dup");
        Http.Response duplicates = admin.onboard(code, "Meppel", "GM0119");
        assertThat(rules(duplicates))
                .containsExactlyInAnyOrder("rule.admin.municipality.name-taken", "rule.admin.municipality.cbs-taken");
        assertThat(duplicates.json().get("rules").get(0).get("message").asString())
                .isNotBlank();
        assertThat(rules(admin.onboard("meppel", "Meppel " + code, freeCbsCode())))
                .containsExactly("rule.admin.municipality.code-taken");
        // A name differing only in case is the same name.
        assertThat(rules(admin.onboard(code, "MEPPEL", freeCbsCode())))
                .containsExactly("rule.admin.municipality.name-taken");

        assertThat(rowExists(code)).isFalse();
        assertThat(schemaExists(schemaOf(code))).isFalse();
        assertThat(roleExists(schemaOf(code))).isFalse();
    }

    /**
     * The failure is injected by a table named like one of the tenant changelog's later tables ({@code child}),
     * put in the schema before onboarding: Liquibase creates the first tables, then stops midway.
     */
    @Test
    void aFailureMidwayLeavesTheMunicipalityFailedWithItsReasonAndARetryCompletesIt() {
        String code = uniqueCode("wv");
        String schema = schemaOf(code);
        injectFailure(schema);

        Http.Response failed = admin.onboard(code, "Proef " + code, freeCbsCode());
        assertThat(failed.status()).as(failed.body()).isEqualTo(201);
        assertThat(failed.json().get("status").asString()).isEqualTo("FAILED");
        assertThat(failed.json().get("statusReason").asString())
                .contains(schema)
                .contains("child");
        assertThat(tables(schema)).as("migrated up to the failure").contains("family", "support_family");
        assertThat(registry.findActive(code)).isEmpty();
        assertThat(admin.get("/" + code, BUURTGEZINNEN).json().get("status").asString())
                .isEqualTo("FAILED");
        assertThat(listed(BUURTGEZINNEN).get(code)).isEqualTo("FAILED");

        Sql.execute("DROP TABLE " + schema + ".child"); // the operator removes the cause
        Http.Response retried = admin.post("/" + code + "/retry", BUURTGEZINNEN);
        assertThat(retried.status()).as(retried.body()).isEqualTo(200);
        assertThat(retried.json().get("status").asString()).isEqualTo("ACTIVE");
        assertThat(retried.json().get("statusReason").isNull()).isTrue();
        assertThat(tables(schema)).contains("child", "family_match", "timeline_entry");
        assertThat(registry.findActive(code)).isPresent();
        assertThat(http.get("/api/v1/municipalities/" + code + "/families", Http.basic("admin.buurtgezinnen"))
                        .status())
                .as("served again: the tenant filter admits its network admin (the controller may still refuse)")
                .isNotEqualTo(404);

        assertThat(rules(admin.post("/" + code + "/retry", BUURTGEZINNEN)))
                .containsExactly("rule.admin.municipality.not-failed");
        assertThat(auditActions(code)).containsExactly("MUNICIPALITY_PROVISIONING_RETRIED", "MUNICIPALITY_ONBOARDED");
    }

    @Test
    void aCancelledOnboardingLeavesNoSchemaAndNoCatalogRow() {
        String code = uniqueCode("wv");
        String schema = schemaOf(code);
        injectFailure(schema);
        assertThat(admin.onboard(code, "Proef " + code, freeCbsCode())
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("FAILED");
        assertThat(schemaExists(schema)).isTrue();

        assertThat(admin.delete("/" + code, STEUNOUDERNL).status()).isEqualTo(404);
        assertThat(admin.delete("/" + code, BUURTGEZINNEN).status()).isEqualTo(204);

        assertThat(schemaExists(schema)).isFalse();
        assertThat(rowExists(code)).isFalse();
        assertThat(admin.get("/" + code, BUURTGEZINNEN).status()).isEqualTo(404);
        assertThat(admin.delete("/" + code, BUURTGEZINNEN).status()).isEqualTo(404);
        assertThat(Sql.strings("SELECT action FROM platform.admin_audit WHERE municipality_code = ? ORDER BY id", code))
                .containsExactly("MUNICIPALITY_ONBOARDED", "MUNICIPALITY_ONBOARDING_CANCELLED");
    }

    @Test
    void anActiveMunicipalityCannotBeRetriedOrCancelled() {
        String code = admin.onboardActive("wv");
        assertThat(rules(admin.post("/" + code + "/retry", BUURTGEZINNEN)))
                .containsExactly("rule.admin.municipality.not-failed");
        assertThat(rules(admin.delete("/" + code, BUURTGEZINNEN)))
                .containsExactly("rule.admin.municipality.not-cancellable");
        assertThat(schemaExists(schemaOf(code))).isTrue();
    }

    private static void injectFailure(String schema) {
        // Owned by the owner role, as a schema left behind by an earlier attempt would be.
        Sql.execute("CREATE SCHEMA " + schema + " AUTHORIZATION naober_owner");
        Sql.execute("CREATE TABLE " + schema + ".child (in_the_way text)");
        Sql.execute("ALTER TABLE " + schema + ".child OWNER TO naober_owner");
    }

    private List<String> auditActions(String code) {
        List<String> actions = new ArrayList<>();
        admin.get("/" + code + "/audit", BUURTGEZINNEN)
                .json()
                .get("content")
                .forEach(entry -> actions.add(entry.get("action").asString()));
        return actions;
    }

    private List<String> listedCodes(String authorization) {
        return new ArrayList<>(listed(authorization).keySet());
    }

    /** Code to status over every page. */
    private Map<String, String> listed(String authorization) {
        Map<String, String> statuses = new HashMap<>();
        for (int page = 0; ; page++) {
            JsonNode body = admin.get("?size=100&page=" + page, authorization).json();
            body.get("content")
                    .forEach(m -> statuses.put(
                            m.get("code").asString(), m.get("status").asString()));
            if (page + 1 >= body.get("totalPages").asInt()) {
                return statuses;
            }
        }
    }

    private static Map<String, String> fieldErrors(Http.Response response) {
        Map<String, String> errors = new HashMap<>();
        response.json()
                .get("errors")
                .forEach(e ->
                        errors.put(e.get("field").asString(), e.get("message").asString()));
        return errors;
    }
}
