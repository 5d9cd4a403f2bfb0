package nl.naober.family.web;

import static nl.naober.support.Families.path;
import static nl.naober.support.Families.rowsInSchema;
import static nl.naober.support.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nl.naober.support.Http;
import nl.naober.support.NaoberIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Bad input is a 400 (or 409) with Problem Details that say what is wrong, and stores nothing. */
@NaoberIntegrationTest
class FamilyInputTest {

    @LocalServerPort
    int port;

    Http http;
    String coordinator = basic("coordinator.de-wolden");
    String families = path("de-wolden");

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void malformedJsonIsRefused() {
        assertRefused(() -> http.post(families, coordinator, "{\"parentName\": \"Open"), 400, "unreadable");
        assertRefused(() -> http.post(families, coordinator, ""), 400, "unreadable");
        assertRefused(() -> http.post(families, coordinator, "[1,2,3]"), 400, "unreadable");
    }

    @Test
    void aValueOfTheWrongTypeNamesItsField() {
        Http.Response response = assertRefused(
                () -> http.post(
                        families,
                        coordinator,
                        "{\"parentName\":\"Jansen\",\"postcode\":\"7701 AB\",\"numberOfChildren\":\"twee\"}"),
                400,
                "unreadable");
        assertThat(fields(response)).containsExactly("numberOfChildren");

        Http.Response badDate = assertRefused(
                () -> http.post(
                        families,
                        coordinator,
                        "{\"parentName\":\"Jansen\",\"postcode\":\"7701 AB\",\"numberOfChildren\":1,"
                                + "\"registrationDate\":\"gisteren\"}"),
                400,
                "unreadable");
        assertThat(fields(badDate)).containsExactly("registrationDate");
    }

    @Test
    void anUnknownFieldIsRefusedRatherThanSilentlyDropped() {
        Http.Response response = assertRefused(
                () -> http.post(
                        families,
                        coordinator,
                        "{\"parentName\":\"Jansen\",\"postcode\":\"7701 AB\",\"numberOfChildren\":1,\"bsn\":\"123\"}"),
                400,
                "unreadable");
        assertThat(fields(response)).containsExactly("bsn");
    }

    @Test
    void everyInvalidFieldIsReportedAtOnceInDutch() {
        Http.Response response = assertRefused(
                () -> http.post(
                        families,
                        coordinator,
                        Http.json(Map.of(
                                "parentName",
                                "x".repeat(101),
                                "contactEmail",
                                "geen-adres",
                                "postcode",
                                "12345",
                                "numberOfChildren",
                                0,
                                "registrationDate",
                                "2999-01-01",
                                "consentGiven",
                                true))),
                400,
                "validation");
        assertThat(fields(response))
                .containsExactlyInAnyOrder(
                        "parentName", "contactEmail", "postcode", "numberOfChildren", "registrationDate");
        assertThat(response.body()).contains("Vul een Nederlandse postcode in");
    }

    @Test
    void oversizedFieldsAreRefusedAndEnglishIsAvailable() {
        Http.Response response = assertRefused(
                () -> http.send(http.request(families, coordinator)
                        .header("Content-Type", "application/json")
                        .header("Accept-Language", "en")
                        .POST(HttpRequest.BodyPublishers.ofString(Http.json(Map.of(
                                "parentName",
                                "y".repeat(10_000),
                                "contactEmail",
                                "a".repeat(300) + "@example.nl",
                                "postcode",
                                "7701 AB",
                                "numberOfChildren",
                                1))))),
                400,
                "validation");
        assertThat(fields(response)).contains("parentName", "contactEmail");
        assertThat(response.json().get("title").asString()).isEqualTo("Invalid input");
    }

    @Test
    void aSecondFamilyWithTheSameEmailIsAConflict() {
        String email = "dubbel-" + System.nanoTime() + "@example.nl";
        String family = Http.json(Map.of(
                "parentName",
                "Dubbel",
                "contactEmail",
                email,
                "postcode",
                "7701ab",
                "numberOfChildren",
                1,
                "consentGiven",
                true));
        assertThat(http.post(families, coordinator, family).status()).isEqualTo(201);
        int rows = rowsInSchema("t_de_wolden");

        assertRefusedKeepingRows(
                http.post(families, coordinator, family.replace(email, email.toUpperCase())), 409, rows);
    }

    @Test
    void aBadIdOrSortIsABadRequest() {
        assertThat(http.get(families + "/not-a-uuid", coordinator).status()).isEqualTo(400);
        Http.Response sort = http.get(families + "?sort=secretColumn", coordinator);
        assertThat(sort.status()).isEqualTo(400);
        assertThat(sort.json().get("type").asString()).endsWith("/bad-sort");
    }

    @Test
    void pagingIsBoundedAndReported() {
        Http.Response page = http.get(families + "?page=0&size=1000", coordinator);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().get("size").asInt()).isEqualTo(100);
    }

    private Http.Response assertRefused(Supplier<Http.Response> call, int status, String type) {
        int rows = rowsInSchema("t_de_wolden");
        Http.Response response = call.get();
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("type").asString()).endsWith("/" + type);
        assertThat(rowsInSchema("t_de_wolden")).isEqualTo(rows);
        return response;
    }

    private void assertRefusedKeepingRows(Http.Response response, int status, int rowsBefore) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(rowsInSchema("t_de_wolden")).isEqualTo(rowsBefore);
    }

    private static List<String> fields(Http.Response response) {
        List<String> fields = new ArrayList<>();
        for (JsonNode error : response.json().get("errors")) {
            fields.add(error.get("field").asString());
            assertThat(error.get("message").asString()).isNotBlank();
        }
        return fields;
    }
}
