package nl.naober.settings.web;

import static nl.naober.support.CaseWork.ok;
import static nl.naober.support.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import nl.naober.support.Http;
import nl.naober.support.NaoberIntegrationTest;
import nl.naober.support.Sql;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 15: the contact (phone, e-mail) a municipality's public pages show, set by its network admin through the API
 * ({@code /public-contact}) and nobody else; and the town (woonplaats) a registration may give, stored with the
 * family's address.
 */
@NaoberIntegrationTest
class PublicContactAndTownTest {

    static final String ADMIN = basic("admin.steunoudernl");
    static final String PATH = "/api/v1/admin/municipalities/borger-odoorn/public-contact";

    @LocalServerPort
    int port;

    @Test
    void theNetworkAdminSetsTheContactAndThePublicPagesShowIt() {
        Http http = new Http(port);
        try {
            Map<String, Object> saved = Map.of("phone", " 0599  236 236 ", "email", "Steunouder@Borger-Odoorn.example");
            assertThat(ok(AdminHttp.put(http, PATH, ADMIN, Http.json(saved))).toString())
                    .isEqualTo("{\"phone\":\"0599 236 236\",\"email\":\"steunouder@borger-odoorn.example\"}");
            assertThat(ok(http.get(PATH, ADMIN)).get("phone").asString()).isEqualTo("0599 236 236");

            String page = http.get("/aanmelden/borger-odoorn", null).body();
            assertThat(page)
                    .contains("Vragen?")
                    .contains("href=\"tel:0599236236\"")
                    .contains("0599 236 236")
                    .contains("href=\"mailto:steunouder@borger-odoorn.example\"");
            assertThat(http.get("/aanmelden/borger-odoorn/gezin", null).body()).contains("0599 236 236");
            assertThat(http.get("/aanmelden/emmen", null).body())
                    .as("another municipality shows its own contact, not this one")
                    .doesNotContain("0599 236 236");

            for (Map<String, String> bad : List.of(
                    Map.of("phone", "bel me", "email", ""),
                    Map.of("phone", "", "email", "geen-adres"),
                    Map.of("phone", "", "email", "a@b"))) {
                assertThat(AdminHttp.put(http, PATH, ADMIN, Http.json(bad)).status())
                        .as(bad.toString())
                        .isEqualTo(409);
            }
            assertThat(AdminHttp.put(http, PATH, ADMIN, "{}").status())
                    .as("a body without the two fields is refused, not read as 'show no contact'")
                    .isEqualTo(400);
            assertThat(ok(http.get(PATH, ADMIN)).get("email").asString()).isEqualTo("steunouder@borger-odoorn.example");
        } finally {
            ok(AdminHttp.put(http, PATH, ADMIN, Http.json(Map.of("phone", "", "email", ""))));
        }
        assertThat(new Http(port).get("/aanmelden/borger-odoorn", null).body())
                .as("no contact set: nothing shown")
                .doesNotContain("Vragen?");
    }

    @Test
    void otherNetworksOtherRolesAndAnonymousCallersCannotReadOrChangeTheContact() {
        Http http = new Http(port);
        String body = Http.json(Map.of("phone", "0800 1234567", "email", ""));
        assertThat(http.get(PATH, basic("admin.buurtgezinnen")).status()).isEqualTo(404);
        assertThat(AdminHttp.put(http, PATH, basic("admin.buurtgezinnen"), body).status())
                .isEqualTo(404);
        for (String user : List.of("coordinator.borger-odoorn", "policy.borger-odoorn", "coordinator.meppel")) {
            assertThat(http.get(PATH, basic(user)).status()).as(user).isEqualTo(403);
            assertThat(AdminHttp.put(http, PATH, basic(user), body).status())
                    .as(user)
                    .isEqualTo(403);
        }
        assertThat(http.get(PATH, null).status()).isEqualTo(401);
        assertThat(AdminHttp.put(http, PATH, null, body).status()).isEqualTo(401);
        assertThat(Sql.strings("SELECT coalesce(public_contact_phone, '') FROM platform.municipality_settings"
                        + " WHERE municipality_code = 'borger-odoorn'"))
                .doesNotContain("0800 1234567");
    }

    @Test
    void aPublicRegistrationGivesItsTownWhichIsStoredWithTheAddress() {
        String firstName = "Stad" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        Map<String, Object> registration = new HashMap<>();
        registration.put("kind", "FAMILY");
        registration.put("firstName", firstName);
        registration.put("phone", "06 12345678");
        registration.put("postcode", "7881 AB");
        registration.put("city", "Emmer-Compascuum");
        registration.put("numberOfChildren", 1);
        registration.put("consent", true);
        Http http = new Http(port);
        Http.Response sent = http.send(http.request("/api/v1/public/municipalities/borger-odoorn/registrations", null)
                .header("Content-Type", "application/json")
                .header(
                        "X-Forwarded-For",
                        "192.0.2." + ThreadLocalRandom.current().nextInt(1, 250))
                .POST(HttpRequest.BodyPublishers.ofString(Http.json(registration))));
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        assertThat(Sql.strings("SELECT city FROM t_borger_odoorn.family WHERE parent_name = ?", firstName))
                .containsExactly("Emmer-Compascuum");

        registration.put("firstName", firstName + "x");
        registration.put("city", "x".repeat(61));
        Http.Response tooLong =
                http.send(http.request("/api/v1/public/municipalities/borger-odoorn/registrations", null)
                        .header("Content-Type", "application/json")
                        .header(
                                "X-Forwarded-For",
                                "192.0.2." + ThreadLocalRandom.current().nextInt(1, 250))
                        .POST(HttpRequest.BodyPublishers.ofString(Http.json(registration))));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body()).contains("city").contains("De woonplaats mag niet langer zijn dan 60 tekens.");
    }
}
