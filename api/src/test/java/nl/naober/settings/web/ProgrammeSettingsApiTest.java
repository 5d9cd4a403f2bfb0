package nl.naober.settings.web;

import static nl.naober.support.CaseWork.child;
import static nl.naober.support.CaseWork.id;
import static nl.naober.support.CaseWork.ok;
import static nl.naober.support.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.naober.support.CaseWork;
import nl.naober.support.Http;
import nl.naober.support.NaoberIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Programme settings per municipality with network defaults, and case work reading them: a trial started after
 * Meppel's trial length became 4 weeks is planned to end 4 weeks later. Every test puts back what it changed.
 */
@NaoberIntegrationTest
class ProgrammeSettingsApiTest {

    static final String MEPPEL = "/api/v1/admin/municipalities/meppel/settings";
    static final String NETWORK = "/api/v1/admin/networks/buurtgezinnen/settings";
    static final String ADMIN = basic("admin.buurtgezinnen");
    static final Set<String> WEDNESDAY = Set.of("WEDNESDAY_AFTERNOON");
    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    /** A PUT body with the given values (a JSON object) and version. */
    static String update(JsonNode values, JsonNode version) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("values", JSON.convertValue(values, Map.class));
        body.put("version", version == null || version.isNull() ? null : version.asLong());
        return Http.json(body);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> mutable(JsonNode values) {
        return new LinkedHashMap<>(JSON.convertValue(values, Map.class));
    }

    @Test
    void aShorterTrialLengthAppliesToTheNextTrial() {
        JsonNode before = ok(http.get(MEPPEL, ADMIN));
        assertThat(before.get("costAssumptions").asString()).isEqualTo("indicatief");
        Map<String, Object> overrides = mutable(before.get("overrides"));
        overrides.put("trialLengthWeeks", 4);
        JsonNode changed = ok(AdminHttp.put(http, MEPPEL, ADMIN, Http.json(body(overrides, before.get("version")))));
        try {
            assertThat(changed.get("effective").get("trialLengthWeeks").asInt()).isEqualTo(4);
            assertThat(names(changed.get("fromNetwork"))).doesNotContain("trialLengthWeeks");

            CaseWork meppel = new CaseWork(http, "meppel");
            JsonNode family = meppel.waitingFamily(
                    "Proefperiode " + System.nanoTime(),
                    WEDNESDAY,
                    List.of(child("Mila", LocalDate.now().minusYears(6))));
            JsonNode supportFamily = meppel.makeAvailable(meppel.registerSupportFamily(
                    "Proefperiode " + System.nanoTime(), 52.69, 6.19, WEDNESDAY, 2, Set.of()));
            JsonNode match = meppel.propose(family, supportFamily, WEDNESDAY);
            LocalDate start = LocalDate.now(); // proposed today: a trial cannot start before (issue 16)
            JsonNode trial = ok(http.post(
                    meppel.base() + "/matches/" + id(match) + "/trial",
                    meppel.coordinator(),
                    Http.json(Map.of(
                            "startDate",
                            start.toString(),
                            "version",
                            match.get("version").asLong()))));
            assertThat(trial.get("trialPlannedEnd").asString())
                    .isEqualTo(start.plusWeeks(4).toString());
        } finally {
            JsonNode restored = ok(AdminHttp.put(
                    http, MEPPEL, ADMIN, Http.json(body(mutable(before.get("overrides")), changed.get("version")))));
            assertThat(restored.get("effective")).isEqualTo(before.get("effective"));
        }
    }

    @Test
    void municipalityValuesOverrideTheNetworksAndSayWhereTheyComeFrom() {
        JsonNode network = ok(http.get(NETWORK, ADMIN));
        assertThat(network.get("costAssumptions").asString()).isEqualTo("indicatief");
        JsonNode values = network.get("values");
        assertThat(values.get("suppressionThreshold").asInt()).isPositive();
        // Writing the network's own values back changes nothing for anyone, and is a real PUT with a version.
        JsonNode saved = ok(AdminHttp.put(http, NETWORK, ADMIN, update(values, network.get("version"))));
        assertThat(saved.get("values")).isEqualTo(values);
        assertThat(saved.get("platformDefaults").asBoolean()).isFalse();
        assertThat(AdminHttp.put(http, NETWORK, ADMIN, update(values, network.get("version")))
                        .status())
                .as("stale version")
                .isEqualTo(409);

        JsonNode meppel = ok(http.get(MEPPEL, ADMIN));
        assertThat(meppel.get("networkCode").asString()).isEqualTo("buurtgezinnen");
        for (String name : names(meppel.get("fromNetwork"))) {
            assertThat(meppel.get("effective").get(name)).as(name).isEqualTo(values.get(name));
            assertThat(meppel.get("overrides").get(name).isNull()).as(name).isTrue();
        }

        Map<String, Object> invalid = mutable(meppel.get("overrides"));
        invalid.put("trialLengthWeeks", 0);
        invalid.put("avoidedPlacementPercentage", 100.5);
        Http.Response refused = AdminHttp.put(http, MEPPEL, ADMIN, Http.json(body(invalid, meppel.get("version"))));
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);

        assertThat(http.get("/api/v1/admin/networks/steunoudernl/settings", ADMIN)
                        .status())
                .isEqualTo(404);
        assertThat(http.get("/api/v1/admin/municipalities/emmen/settings", ADMIN)
                        .status())
                .isEqualTo(404);
        assertThat(ok(http.get("/api/v1/admin/networks/steunoudernl/settings", basic("admin.steunoudernl")))
                        .get("networkCode")
                        .asString())
                .isEqualTo("steunoudernl");
    }

    private static Map<String, Object> body(Map<String, Object> values, JsonNode version) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("values", values);
        body.put("version", version == null || version.isNull() ? null : version.asLong());
        return body;
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new java.util.ArrayList<>();
        array.forEach(node -> names.add(node.asString()));
        return names;
    }
}
