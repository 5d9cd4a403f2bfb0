package nl.naober.administration.web;

import static nl.naober.administration.web.AdminApi.BASE;
import static nl.naober.administration.web.AdminApi.freeCbsCode;
import static nl.naober.administration.web.AdminApi.rowExists;
import static nl.naober.administration.web.AdminApi.uniqueCode;
import static nl.naober.support.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import nl.naober.support.Http;
import nl.naober.support.NaoberIntegrationTest;
import nl.naober.support.Sql;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every administration endpoint with well-formed requests: coordinators, policy officers and the platform admin
 * get 403 on the municipality endpoints, network admins 403 on the network endpoints, anonymous callers 401; and
 * nothing changes.
 */
@NaoberIntegrationTest
class MunicipalityAdminAccessTest {

    @LocalServerPort
    int port;

    record Call(String method, String path, String body) {}

    @Test
    void onlyNetworkAdminsReachTheMunicipalityEndpoints() {
        Http http = new Http(port);
        String code = uniqueCode("acc");
        List<Call> calls = List.of(
                new Call("GET", BASE, null),
                new Call("POST", BASE, AdminApi.onboardingJson(code, "Proef " + code, freeCbsCode())),
                new Call("GET", BASE + "/meppel", null),
                new Call("POST", BASE + "/meppel/retry", ""),
                new Call("DELETE", BASE + "/meppel", null),
                new Call("POST", BASE + "/meppel/suspend", "{\"reason\":\"Test\"}"),
                new Call("POST", BASE + "/meppel/reactivate", ""),
                new Call("POST", BASE + "/meppel/export?scope=CASE_DATA", ""),
                new Call("POST", BASE + "/meppel/export", ""),
                new Call("GET", BASE + "/meppel/privacy-approvals", null),
                new Call("POST", BASE + "/meppel/privacy-approvals", "{\"kind\":\"EXPORT\",\"reason\":\"proef\"}"),
                new Call("DELETE", BASE + "/meppel/data?confirm=meppel", null),
                new Call("GET", BASE + "/meppel/audit", null));
        String before = snapshot();
        for (Call call : calls) {
            for (String user : List.of("coordinator.meppel", "policy.meppel", "privacy.meppel", "admin.platform")) {
                assertThat(send(http, call, basic(user)).status())
                        .as(user + ": " + call)
                        .isEqualTo(403);
            }
            assertThat(send(http, call, null).status()).as("anonymous: " + call).isEqualTo(401);
        }
        assertThat(rowExists(code)).isFalse();
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void onlyThePlatformAdminReachesTheNetworkEndpoints() {
        Http http = new Http(port);
        String code = uniqueCode("net");
        List<Call> calls = List.of(
                new Call("GET", "/api/v1/admin/networks", null),
                new Call("POST", "/api/v1/admin/networks", Http.json(Map.of("code", code, "name", "Netwerk " + code))),
                new Call(
                        "POST",
                        "/api/v1/admin/networks/buurtgezinnen/administrators",
                        Http.json(Map.of("username", "admin." + code))));
        for (Call call : calls) {
            for (String user : List.of("coordinator.meppel", "policy.meppel", "admin.buurtgezinnen")) {
                assertThat(send(http, call, basic(user)).status())
                        .as(user + ": " + call)
                        .isEqualTo(403);
            }
            assertThat(send(http, call, null).status()).as("anonymous: " + call).isEqualTo(401);
        }
        assertThat(Sql.count("SELECT count(*) FROM platform.network WHERE code = ?", code))
                .isZero();
        assertThat(Sql.count("SELECT count(*) FROM platform.local_account WHERE username = ?", "admin." + code))
                .isZero();
    }

    private static Http.Response send(Http http, Call call, String authorization) {
        HttpRequest.Builder request = http.request(call.path(), authorization);
        if (call.body() != null) {
            request.header("Content-Type", "application/json");
        }
        HttpRequest.BodyPublisher body = call.body() == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(call.body());
        return http.send(request.method(call.method(), body));
    }

    private static String snapshot() {
        return String.join(
                ",",
                Sql.strings("SELECT code || ':' || status || ':' || coalesce(cast(exported_at AS text), '-')"
                        + " FROM platform.municipality WHERE code IN ('meppel') ORDER BY code"));
    }
}
