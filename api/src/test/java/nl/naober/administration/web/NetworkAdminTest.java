package nl.naober.administration.web;

import static nl.naober.administration.web.AdminApi.rules;
import static nl.naober.administration.web.AdminApi.uniqueCode;
import static nl.naober.support.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import nl.naober.support.Browser;
import nl.naober.support.Http;
import nl.naober.support.NaoberIntegrationTest;
import nl.naober.support.Sql;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The platform operator creates a network and its administrator, who then works in that network only. */
@NaoberIntegrationTest
class NetworkAdminTest {

    static final String PLATFORM = basic("admin.platform");
    static final String NETWORKS = "/api/v1/admin/networks";

    @LocalServerPort
    int port;

    @Test
    void thePlatformAdminCreatesANetworkAndItsAdministrator() {
        Http http = new Http(port);
        String code = uniqueCode("net");

        Http.Response created =
                http.post(NETWORKS, PLATFORM, Http.json(Map.of("code", code, "name", "Netwerk " + code)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("name").asString()).isEqualTo("Netwerk " + code);
        assertThat(rules(http.post(NETWORKS, PLATFORM, Http.json(Map.of("code", code, "name", "netwerk " + code)))))
                .containsExactlyInAnyOrder("rule.admin.network.code-taken", "rule.admin.network.name-taken");
        Http.Response invalid = http.post(NETWORKS, PLATFORM, Http.json(Map.of("code", "X", "name", "")));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().get("errors").size()).isEqualTo(2);

        JsonNode list = http.get(NETWORKS + "?size=100", PLATFORM).json();
        assertThat(list.get("totalElements").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(list.toString()).contains(code, "buurtgezinnen", "steunoudernl");

        String username = "admin." + code;
        Http.Response administrator =
                http.post(NETWORKS + "/" + code + "/administrators", PLATFORM, Http.json(Map.of("username", username)));
        assertThat(administrator.status()).as(administrator.body()).isEqualTo(201);
        assertThat(administrator.header("Cache-Control")).contains("no-store");
        String password = administrator.json().get("oneTimePassword").asString();
        assertThat(password).hasSizeGreaterThanOrEqualTo(20);
        assertThat(rules(http.post(
                        NETWORKS + "/" + code + "/administrators", PLATFORM, Http.json(Map.of("username", username)))))
                .containsExactly("rule.admin.network.username-taken");
        assertThat(http.post(
                                NETWORKS + "/nonexistent-" + code + "/administrators",
                                PLATFORM,
                                Http.json(Map.of("username", username + "x")))
                        .status())
                .isEqualTo(404);

        // Stored as a hash only, never audited.
        assertThat(Sql.strings("SELECT password_hash FROM platform.local_account WHERE username = ?", username))
                .singleElement()
                .satisfies(hash -> assertThat(hash).startsWith("{bcrypt}").doesNotContain(password));
        assertThat(Sql.count(
                        "SELECT count(*) FROM platform.admin_audit WHERE before_state LIKE ? OR after_state LIKE ?"
                                + " OR target LIKE ?",
                        "%" + password + "%",
                        "%" + password + "%",
                        "%" + password + "%"))
                .isZero();
        assertThat(Sql.strings(
                        "SELECT actor || ' ' || action || ' ' || target FROM platform.admin_audit WHERE network_code = ?"
                                + " ORDER BY id",
                        code))
                .containsExactly(
                        "admin.platform NETWORK_CREATED " + code,
                        "admin.platform NETWORK_ADMINISTRATOR_CREATED " + username);

        // The one-time password only opens the page to choose one's own (PasswordChangeTest); then the new
        // administrator sees its own, still empty, network.
        String oneTime = "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        assertThat(http.get(AdminApi.BASE, oneTime).status()).isEqualTo(403);
        Browser.loggedInWithOneTimePassword(port, username, password);
        String login = "Basic "
                + Base64.getEncoder()
                        .encodeToString(
                                (username + ":" + Browser.ownPassword(password)).getBytes(StandardCharsets.UTF_8));
        JsonNode own = http.get(AdminApi.BASE, login).json();
        assertThat(own.get("totalElements").asLong()).isZero();
        assertThat(http.get(AdminApi.BASE + "/meppel", login).status()).isEqualTo(404);
        assertThat(http.get(NETWORKS, login).status()).isEqualTo(403);
    }
}
