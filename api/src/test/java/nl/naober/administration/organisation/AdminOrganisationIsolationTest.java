package nl.naober.administration.organisation;

import static nl.naober.administration.organisation.AdminOrganisationsAndUsersTest.created;
import static nl.naober.administration.organisation.AdminOrganisationsAndUsersTest.ok;
import static nl.naober.administration.organisation.AdminOrganisationsAndUsersTest.organisationBody;
import static nl.naober.support.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.naober.support.Http;
import nl.naober.support.NaoberIntegrationTest;
import nl.naober.support.Sql;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Every organisation and user endpoint of De Wolden, with well-formed bodies: the admin of another network gets
 * 404, coordinators, policy officers and the platform admin 403, an anonymous caller 401; nothing changes.
 */
@NaoberIntegrationTest
class AdminOrganisationIsolationTest {

    static final String DE_WOLDEN = "/api/v1/admin/municipalities/de-wolden";

    @LocalServerPort
    int port;

    Http http;
    String suffix;
    String organisationId;
    String coordinator;

    record Call(String method, String path, String body) {}

    @BeforeEach
    void deWoldensRecords() {
        http = new Http(port);
        suffix = UUID.randomUUID().toString().substring(0, 8);
        organisationId = created(http.post(
                        DE_WOLDEN + "/welfare-organisations",
                        basic("admin.buurtgezinnen"),
                        Http.json(organisationBody("Afgeschermd " + suffix, null))))
                .get("id")
                .asString();
        coordinator = "coordinator.afgeschermd-" + suffix;
        created(http.post(
                DE_WOLDEN + "/users",
                basic("admin.buurtgezinnen"),
                Http.json(Map.of(
                        "username", coordinator, "role", "COORDINATOR", "welfareOrganisationId", organisationId))));
    }

    @Test
    void everyEndpointRefusesOtherNetworksOtherRolesAndAnonymousCallers() {
        String snapshot = snapshot();
        for (Call call : calls()) {
            Http.Response otherNetwork = send(call, basic("admin.steunoudernl"));
            assertThat(otherNetwork.status()).as("other network: " + call).isEqualTo(404);
            assertThat(otherNetwork.json().get("title").asString()).isEqualTo("Gemeente niet gevonden");
            for (String user : List.of("coordinator.de-wolden", "policy.de-wolden", "admin.platform")) {
                assertThat(send(call, basic(user)).status())
                        .as(user + ": " + call)
                        .isEqualTo(403);
            }
            assertThat(send(call, null).status()).as("anonymous: " + call).isEqualTo(401);
        }
        assertThat(snapshot()).isEqualTo(snapshot);
        assertThat(Sql.count(
                        "select count(*) from platform.admin_audit where actor <> 'admin.buurtgezinnen'"
                                + " and (target = ? or target = ?)",
                        "welfare-organisation:" + organisationId,
                        "user:" + coordinator))
                .isZero();
    }

    @Test
    void anUnknownMunicipalityLooksTheSameAsAnotherNetworksOne() {
        Http.Response unknown = http.get(
                "/api/v1/admin/municipalities/nergenshuizen/welfare-organisations", basic("admin.buurtgezinnen"));
        Http.Response elsewhere =
                http.get("/api/v1/admin/municipalities/emmen/welfare-organisations", basic("admin.buurtgezinnen"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(elsewhere.status()).isEqualTo(404);
        assertThat(elsewhere.json().get("title")).isEqualTo(unknown.json().get("title"));
        assertThat(elsewhere.json().get("detail")).isEqualTo(unknown.json().get("detail"));
    }

    private List<Call> calls() {
        String organisation = "/welfare-organisations/" + organisationId;
        Map<String, Object> edit = new HashMap<>(organisationBody("Overgenomen " + suffix, "12345678"));
        edit.put("version", 0);
        return List.of(
                new Call("GET", "/welfare-organisations", null),
                new Call("POST", "/welfare-organisations", Http.json(organisationBody("Nieuw " + suffix, null))),
                new Call("GET", organisation, null),
                new Call("PUT", organisation, Http.json(edit)),
                new Call("GET", "/users", null),
                new Call(
                        "POST",
                        "/users",
                        Http.json(Map.of(
                                "username",
                                "coordinator.indringer-" + suffix,
                                "role",
                                "COORDINATOR",
                                "welfareOrganisationId",
                                organisationId))),
                new Call("GET", "/users/" + coordinator, null),
                new Call("POST", "/users/" + coordinator + "/deactivate", null),
                new Call("POST", "/users/" + coordinator + "/activate", null));
    }

    private Http.Response send(Call call, String authorization) {
        HttpRequest.Builder request = http.request(DE_WOLDEN + call.path(), authorization);
        if (call.body() != null) {
            request.header("Content-Type", "application/json")
                    .method(call.method(), HttpRequest.BodyPublishers.ofString(call.body()));
        } else {
            request.method(call.method(), HttpRequest.BodyPublishers.noBody());
        }
        return http.send(request);
    }

    /** What De Wolden's organisations and users look like now, as their network admin sees them. */
    private String snapshot() {
        String admin = basic("admin.buurtgezinnen");
        JsonNode organisation = ok(http.get(DE_WOLDEN + "/welfare-organisations/" + organisationId, admin));
        return organisation.toString()
                + ok(http.get(DE_WOLDEN + "/welfare-organisations?size=1", admin))
                        .get("totalElements")
                + ok(http.get(DE_WOLDEN + "/users/" + coordinator, admin))
                + ok(http.get(DE_WOLDEN + "/users?size=100", admin));
    }
}
