package nl.naober.mail.web;

import static nl.naober.support.CaseWork.ok;
import static nl.naober.support.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.naober.support.Browser;
import nl.naober.support.Http;
import nl.naober.support.NaoberIntegrationTest;
import nl.naober.support.Sql;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The outbox of a municipality, on the screen and in the API, newest first and paged: for the admin of its network
 * only. The platform admin (no case data) gets 403, another network's admin gets 404 (as for a code that does not exist), a coordinator
 * and a policy officer 403, an anonymous caller 401 or the login page. Without a mail server the screen says so.
 */
@NaoberIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutboxScreenTest {

    static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>");
    static final Pattern ID = Pattern.compile("\\bid=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    Http http;
    TestMunicipality municipality;
    String screen;
    String api;

    @BeforeAll
    void onboardAndFillTheOutbox() {
        http = new Http(port);
        municipality = TestMunicipality.onboard(http, "uit");
        screen = "/beheer/gemeenten/" + municipality.code() + "/e-mail";
        api = "/api/v1/admin/municipalities/" + municipality.code() + "/outbox";
        Instant start = Instant.parse("2026-11-02T08:00:00Z");
        for (int i = 0; i < 21; i++) {
            mail("SENT", "Verstuurd " + i, start.plus(Duration.ofMinutes(i)), 1, null);
        }
        mail("PENDING", "Wacht nog", start.plus(Duration.ofHours(1)), 2, "421 4.7.0 Try again later");
        mail(
                "PENDING",
                "Geweigerd",
                start.plus(Duration.ofMinutes(30)),
                1,
                "550 5.1.1 <coordinator.fout@gemeente.example>: Recipient address rejected");
    }

    @Test
    void theNetworkAdminSeesTheOutboxNewestFirstWithTheServersLastError() {
        JsonNode page = ok(http.get(api + "?page=0&size=5", TestMunicipality.ADMIN));
        assertThat(page.get("totalElements").asLong()).isEqualTo(23);
        assertThat(page.get("content")).hasSize(5);
        JsonNode newest = page.get("content").get(0);
        assertThat(newest.get("subject").asString()).isEqualTo("Wacht nog");
        assertThat(newest.get("status").asString()).isEqualTo("PENDING");
        assertThat(newest.get("attempts").asInt()).isEqualTo(2);
        assertThat(newest.get("lastError").asString()).isEqualTo("421 4.7.0 Try again later");
        assertThat(newest.get("purpose").asString()).isEqualTo("NEW_REGISTRATION");
        assertThat(ok(http.get(api + "?page=4&size=5", TestMunicipality.ADMIN)).get("content"))
                .hasSize(3);

        Browser admin = Browser.loggedIn(port, "admin.buurtgezinnen");
        assertThat(admin.get("/beheer/gemeenten/" + municipality.code()).body()).contains("href=\"" + screen + "\"");
        HttpResponse<String> first = admin.get(screen);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body())
                .contains("Er is geen mailserver ingesteld: e-mail wordt bewaard maar niet verstuurd.")
                .contains("23 e-mails")
                .contains("Wacht op verzending")
                .contains("421 4.7.0 Try again later")
                .doesNotContain("Tekst van")
                .doesNotContain("coordinator.fout@gemeente.example")
                .contains("…@gemeente.example")
                .contains(screen + "?pagina=1");
        assertThat(page.toString()).doesNotContain("Tekst van").doesNotContain("coordinator.fout@");
        assertThat(first.body().indexOf("Wacht nog")).isLessThan(first.body().indexOf("Verstuurd 20"));
        assertThat(admin.get(screen + "?pagina=1").body())
                .contains("Verstuurd 0")
                .contains("Verstuurd 1<")
                .doesNotContain("Wacht nog");
    }

    @Test
    void thePageHasTheAccessibilityBasics() {
        String page = Browser.loggedIn(port, "admin.buurtgezinnen").get(screen).body();

        assertThat(page)
                .contains("<html lang=\"nl\"")
                .contains("<main id=\"inhoud\"")
                .contains("<h1");
        assertThat(page).contains("<caption");
        assertThat(count(page, "<th scope=\"col\">")).isEqualTo(9);
        Matcher input = INPUT.matcher(page);
        while (input.find()) {
            String tag = input.group();
            if (tag.contains("type=\"hidden\"")) {
                continue;
            }
            Matcher id = ID.matcher(tag);
            assertThat(id.find()).as(tag).isTrue();
            assertThat(page).as("label for " + tag).contains("<label for=\"" + id.group(1) + "\"");
        }
    }

    @Test
    void thePlatformAdminDoesNotSeeIt() {
        // DESIGN.md: the platform admin sees no case data, and mails name registrants
        assertThat(http.get(api, basic("admin.platform")).status()).isEqualTo(403);
        assertThat(Browser.loggedIn(port, "admin.platform").get(screen).statusCode())
                .isEqualTo(403);
    }

    @Test
    void nobodyElseSeesIt() {
        assertThat(http.get(api, basic("admin.steunoudernl")).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/admin/municipalities/bestaat-niet/outbox", TestMunicipality.ADMIN)
                        .status())
                .isEqualTo(404);
        for (String user : List.of("coordinator.meppel", "policy.meppel")) {
            assertThat(http.get(api, basic(user)).status()).as(user).isEqualTo(403);
            assertThat(http.get("/api/v1/admin/municipalities/meppel/outbox", basic(user))
                            .status())
                    .as(user)
                    .isEqualTo(403);
        }
        assertThat(http.get(api, null).status()).isEqualTo(401);

        HttpResponse<String> otherNetwork =
                Browser.loggedIn(port, "admin.steunoudernl").get(screen);
        assertThat(otherNetwork.statusCode()).isEqualTo(404);
        assertThat(otherNetwork.body()).contains("Niet gevonden").doesNotContain("Wacht nog");
        for (String user : List.of("coordinator.meppel", "policy.meppel")) {
            HttpResponse<String> refused = Browser.loggedIn(port, user).get(screen);
            assertThat(refused.statusCode()).as(user).isEqualTo(403);
            assertThat(refused.body()).contains("Geen toegang").doesNotContain("Wacht nog");
        }
        assertThat(Browser.anonymous(port).get(screen).uri().getPath()).isEqualTo("/login");
    }

    private void mail(String status, String subject, Instant createdAt, int attempts, String lastError) {
        Sql.execute(
                "INSERT INTO " + municipality.schema() + ".outbox_mail (id, dedup_key, purpose, recipient, subject,"
                        + " body, created_at, status, attempts, next_attempt_at, last_error, sent_at)"
                        + " VALUES (?, ?, 'NEW_REGISTRATION', 'coordinator@gemeente.example', ?, ?, ?, ?, ?, ?, ?, ?)",
                UUID.randomUUID(),
                "test:" + UUID.randomUUID(),
                subject,
                "Tekst van " + subject,
                Timestamp.from(createdAt),
                status,
                attempts,
                Timestamp.from(createdAt.plus(Duration.ofMinutes(5))),
                lastError,
                "SENT".equals(status) ? Timestamp.from(createdAt) : null);
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
