package nl.naober.appointment.web;

import static nl.naober.support.CaseWork.child;
import static nl.naober.support.CaseWork.created;
import static org.assertj.core.api.Assertions.assertThat;

import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.text.ICalReader;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.naober.appointment.CalendarFeeds;
import nl.naober.support.CaseWork;
import nl.naober.support.Http;
import nl.naober.support.NaoberIntegrationTest;
import nl.naober.support.Sql;
import nl.naober.tenancy.Tenant;
import nl.naober.tenancy.TenantContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The coordinator's calendar feed over real HTTP, read back by a calendar library: valid iCalendar with first names
 * only, for the coordinator and municipality its token belongs to; 404 for a revoked or renewed token or another
 * municipality's path; 304 for a calendar that already has it; every answer that shows visits is access-logged.
 */
@NaoberIntegrationTest
class CalendarFeedTest {

    private static final ZoneId DUTCH = ZoneId.of("Europe/Amsterdam");

    @LocalServerPort
    int port;

    @Autowired
    CalendarFeeds feeds;

    Http http;
    CaseWork hoogeveen;
    JsonNode family;
    String surname;
    String visitId;

    @BeforeEach
    void aPlannedVisit() {
        http = new Http(port);
        hoogeveen = new CaseWork(http, "hoogeveen");
        surname = "Agendaveld" + System.nanoTime();
        family = hoogeveen.registerFamily(
                "Anna " + surname,
                52.72,
                6.47,
                Set.of("WEDNESDAY_AFTERNOON"),
                List.of(child("Fenna", LocalDate.now().minusYears(5))));
        visitId = created(http.post(
                        hoogeveen.base() + "/appointments",
                        hoogeveen.coordinator(),
                        Http.json(Map.of(
                                "kind", "FAMILY_INTAKE",
                                "subjectId", CaseWork.id(family).toString(),
                                "date", LocalDate.now(DUTCH).plusDays(1).toString(),
                                "time", "10:30",
                                "place", "Dorpsstraat 12, Hoogeveen"))))
                .get("id")
                .asString();
    }

    @Test
    void theFeedIsICalendarWithFirstNamesOnlyAndLogged() throws IOException {
        String token = token("coordinator.hoogeveen");
        Http.Response feed = get("/agenda/hoogeveen/" + token + ".ics", null);
        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.header("Content-Type")).startsWith("text/calendar");
        assertThat(feed.header("Cache-Control")).contains("max-age=900").contains("private");
        assertThat(feed.body()).contains("\r\n").doesNotContain(surname).doesNotContain("Dorpsstraat");
        assertThat(feed.body().split("\r\n"))
                .allSatisfy(line -> assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                        .isLessThanOrEqualTo(75));

        ICalendar calendar;
        try (ICalReader reader = new ICalReader(feed.body())) {
            calendar = reader.readNext();
        }
        assertThat(calendar).isNotNull();
        VEvent visit = calendar.getEvents().stream()
                .filter(e -> e.getUid().getValue().equals(visitId + "@naober"))
                .findFirst()
                .orElseThrow();
        assertThat(visit.getSummary().getValue()).isEqualTo("Kennismaking gezin Anna");
        assertThat(visit.getDateTimeStamp()).isNotNull();
        assertThat(visit.getLocation()).isNull();
        assertThat(visit.getDateStart().getValue().toInstant())
                .isEqualTo(LocalDate.now(DUTCH)
                        .plusDays(1)
                        .atTime(10, 30)
                        .atZone(DUTCH)
                        .toInstant());
        assertThat(calendar.getTimezoneInfo().getComponents()).isNotEmpty();

        assertThat(Sql.count(
                        "select count(*) from t_hoogeveen.access_log where family_id = ? and username = ?"
                                + " and detail like '%/agenda/%'",
                        CaseWork.id(family), "coordinator.hoogeveen"))
                .isPositive();

        Http.Response again = get("/agenda/hoogeveen/" + token + ".ics", feed.header("ETag"));
        assertThat(again.status()).isEqualTo(304);
    }

    @Test
    void aTokenOpensOnlyItsOwnMunicipalityAndNothingOnceRevokedOrRenewed() {
        String token = token("coordinator.hoogeveen");
        assertThat(get("/agenda/meppel/" + token + ".ics", null).status()).isEqualTo(404);
        assertThat(get("/agenda/nergens/" + token + ".ics", null).status()).isEqualTo(404);
        assertThat(get("/agenda/hoogeveen/" + token + "x.ics", null).status()).isEqualTo(404);

        String renewed = token("coordinator.hoogeveen");
        assertThat(get("/agenda/hoogeveen/" + token + ".ics", null).status()).isEqualTo(404);
        assertThat(get("/agenda/hoogeveen/" + renewed + ".ics", null).status()).isEqualTo(200);

        TenantContext.call(Tenant.of("hoogeveen"), () -> feeds.revoke("coordinator.hoogeveen"));
        assertThat(get("/agenda/hoogeveen/" + renewed + ".ics", null).status()).isEqualTo(404);
        assertThat(Sql.count("select count(*) from t_hoogeveen.calendar_feed where token_hash = ?", renewed))
                .as("the token itself is never stored")
                .isZero();
    }

    @Test
    void anotherCoordinatorsFeedDoesNotShowThisVisit() {
        String other = token("coordinator2.hoogeveen");
        Http.Response feed = get("/agenda/hoogeveen/" + other + ".ics", null);
        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.body()).doesNotContain(visitId);
    }

    private String token(String coordinator) {
        return TenantContext.call(Tenant.of("hoogeveen"), () -> feeds.renew(coordinator));
    }

    private Http.Response get(String path, String ifNoneMatch) {
        HttpRequest.Builder request = http.request(path, null).GET();
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return http.send(request);
    }
}
