package nl.naober.privacy.accesslog;

import static nl.naober.support.Families.newFamilyJson;
import static nl.naober.support.Families.path;
import static nl.naober.support.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.naober.support.Browser;
import nl.naober.support.Http;
import nl.naober.support.NaoberIntegrationTest;
import nl.naober.support.Sql;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every read and change of a family writes its line in the municipality's own access log, names only, never values. */
@NaoberIntegrationTest
class AccessLogTest {

    private static final String COORDINATOR = basic("coordinator.meppel");

    @LocalServerPort
    int port;

    Http http;
    UUID family;

    @BeforeEach
    void registerFamily() {
        http = new Http(port);
        Http.Response created = http.post(path("meppel"), COORDINATOR, newFamilyJson("Logboek Jansen"));
        assertThat(created.status()).isEqualTo(201);
        family = UUID.fromString(created.json().get("id").asString());
    }

    @Test
    void registeringWritesACreateLineNamingTheFieldsNotTheirValues() {
        List<String> lines = lines("CREATE", "FAMILY");
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0))
                .startsWith("coordinator.meppel|COORDINATOR|CREATE|FAMILY|")
                .contains("parentName");
        assertThat(allLogText()).doesNotContain("Logboek Jansen").doesNotContain("7941");
    }

    @Test
    void readingAFamilyWritesOneReadLineWithTheRequestIdAndAddressBeforeAnswering() {
        Http.Response read = http.send(http.request(path("meppel") + "/" + family, COORDINATOR)
                .header("X-Request-Id", "test-request-0001")
                .GET());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("X-Request-Id")).isEqualTo("test-request-0001");

        List<String> rows = Sql.strings(
                "select username || '|' || user_role || '|' || action || '|' || record_type || '|' || record_id"
                        + " || '|' || request_id || '|' || client_address || '|' || detail"
                        + " from t_meppel.access_log where family_id = ? and action = 'READ'",
                family);
        assertThat(rows)
                .containsExactly("coordinator.meppel|COORDINATOR|READ|FAMILY|" + family
                        + "|test-request-0001|127.0.0.1|GET /api/v1/municipalities/{code}/families/{id}");
        assertThat(Sql.count("select count(*) from t_hoogeveen.access_log where family_id = ?", family))
                .isZero();
    }

    @Test
    void aListWritesALineForEveryFamilyItShowed() {
        Http.Response list = http.get(path("meppel") + "?q=Logboek&size=100", COORDINATOR);
        assertThat(list.status()).isEqualTo(200);
        int shown = list.json().get("content").size();
        assertThat(shown).isPositive();

        assertThat(lines("LIST", "FAMILY")).hasSize(1);
        String requestId = list.header("X-Request-Id");
        assertThat(Sql.count(
                        "select count(*) from t_meppel.access_log where request_id = ? and action = 'LIST'", requestId))
                .isEqualTo(shown);
    }

    @Test
    void anEditWritesAnUpdateLineWithTheChangedFieldsInTheSameTransaction() {
        Http.Response read = http.get(path("meppel") + "/" + family, COORDINATOR);
        Map<String, Object> update = Map.of(
                "parentName", "Logboek Jansen",
                "phone", "0612345678",
                "postcode", "7941 AB",
                "numberOfChildren", 2,
                "version", read.json().get("version").asLong());
        Http.Response saved = http.send(http.request(path("meppel") + "/" + family, COORDINATOR)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(Http.json(update))));
        assertThat(saved.status()).isEqualTo(200);

        List<String> updates = lines("UPDATE", "FAMILY");
        assertThat(updates).hasSize(1);
        assertThat(updates.get(0)).contains("phone").doesNotContain("parentName");
        assertThat(allLogText()).doesNotContain("0612345678");
    }

    @Test
    void theTimelineIsLoggedAsARead() {
        Http.Response timeline = http.get(path("meppel") + "/" + family + "/timeline", COORDINATOR);
        assertThat(timeline.status()).isEqualTo(200);
        assertThat(Sql.count(
                        "select count(*) from t_meppel.access_log where request_id = ? and family_id = ?",
                        timeline.header("X-Request-Id"),
                        family))
                .isPositive();
    }

    @Test
    void aScreenReadIsLoggedLikeARestRead() {
        Browser browser = Browser.loggedIn(port, "coordinator.meppel");
        assertThat(browser.get("/gezinnen/" + family).statusCode()).isEqualTo(200);
        assertThat(Sql.strings(
                        "select detail from t_meppel.access_log where family_id = ? and action = 'READ'"
                                + " and record_type = 'FAMILY'",
                        family))
                .contains("GET /gezinnen/{id}");
        browser.get("/gezinnen?q=Logboek");
        assertThat(lines("LIST", "FAMILY")).isNotEmpty();
    }

    @Test
    void aReadThatCannotBeLoggedIsNotAnswered() {
        Sql.execute("alter table t_meppel.access_log rename to access_log_away");
        try {
            Http.Response read = http.get(path("meppel") + "/" + family, COORDINATOR);
            assertThat(read.status()).isEqualTo(500);
            assertThat(read.body()).doesNotContain("Logboek Jansen");
        } finally {
            Sql.execute("alter table t_meppel.access_log_away rename to access_log");
        }
    }

    private List<String> lines(String action, String type) {
        return Sql.strings(
                "select username || '|' || user_role || '|' || action || '|' || record_type || '|' || coalesce(fields, '')"
                        + " from t_meppel.access_log where family_id = ? and action = ? and record_type = ?",
                family,
                action,
                type);
    }

    private String allLogText() {
        return String.join(
                "\n",
                Sql.strings(
                        "select concat_ws('|', username, user_role, action, record_type, fields, detail)"
                                + " from t_meppel.access_log where family_id = ?",
                        family));
    }
}
