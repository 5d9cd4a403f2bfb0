package nl.naober.web.json;

import static nl.naober.support.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import nl.naober.support.Http;
import nl.naober.support.NaoberIntegrationTest;
import nl.naober.support.Sql;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * What the first hostile run found accepted and stored: a number as a date, a number as a name, an enum by its
 * index, a number in quotes, a field twice. Each is now a 400 with Problem Details, and nothing is stored. And an
 * update of versioned settings without its version is refused instead of silently overwriting.
 */
@NaoberIntegrationTest
class StrictJsonInputTest {

    private static final String FAMILIES = "/api/v1/municipalities/de-wolden/families";
    private static final String COORDINATOR = basic("coordinator.de-wolden");

    @LocalServerPort
    int port;

    @Test
    void valuesInAnotherShapeThanTheirFieldAreRefusedAndNothingIsStored() {
        Http http = new Http(port);
        assertThat(http.post(FAMILIES, COORDINATOR, family("Vorm Geldig", body -> {}))
                        .status())
                .as("the valid body the others are made from")
                .isEqualTo(201);
        Map<String, Consumer<Map<String, Object>>> hostile = new LinkedHashMap<>();
        hostile.put(
                "birthDate as a number",
                body -> body.put("children", List.of(Map.of("firstName", "Mila", "birthDate", 0))));
        hostile.put("a name as a number", body -> body.put("parentName", 7));
        hostile.put("a name as a boolean", body -> body.put("parentName", true));
        hostile.put("an enum by its index", body -> body.put("preferredDayParts", List.of(0)));
        hostile.put("a number in quotes", body -> body.put("numberOfChildren", "2"));
        hostile.put("a float for an integer", body -> body.put("numberOfChildren", 2.5));
        hostile.put("a boolean as a number", body -> body.put("consentGiven", 1));
        for (Map.Entry<String, Consumer<Map<String, Object>>> mutation : hostile.entrySet()) {
            String name = "Vorm " + mutation.getKey();
            Http.Response response = http.post(FAMILIES, COORDINATOR, family(name, mutation.getValue()));
            assertThat(response.status())
                    .as(mutation.getKey() + ": " + response.body())
                    .isEqualTo(400);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        }
        String duplicateField = family("Vorm dubbel veld", body -> {}).replaceFirst("\\{", "{\"numberOfChildren\": 3,");
        assertThat(http.post(FAMILIES, COORDINATOR, duplicateField).status()).isEqualTo(400);
        assertThat(Sql.count("SELECT count(*) FROM t_de_wolden.family WHERE postcode = '7942 ZZ'"))
                .as("only the valid family is stored")
                .isEqualTo(1);
    }

    @Test
    void settingsWithoutTheirVersionAreRefusedAndTwoFirstSavesCannotBothWin() {
        Http http = new Http(port);
        String settings = "/api/v1/admin/municipalities/de-wolden/settings";
        String admin = basic("admin.buurtgezinnen");
        JsonNode before = http.get(settings, admin).json();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("values", Map.of());
        Http.Response withoutVersion = put(http, settings, admin, values);
        assertThat(withoutVersion.status()).as(withoutVersion.body()).isEqualTo(400);
        assertThat(withoutVersion.body()).contains("version");

        long seen = before.get("version").asLong();
        values.put("version", seen);
        Http.Response first = put(http, settings, admin, values);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("version").asLong()).isEqualTo(seen + 1);
        Http.Response second = put(http, settings, admin, values);
        assertThat(second.status()).as("the second editor saw the same version").isEqualTo(409);
    }

    @Test
    void anEmptyStringIsNoNumberDateEnumOrBooleanAndIsRefusedNamingTheField() {
        Http http = new Http(port);
        String settings = "/api/v1/admin/municipalities/hoogeveen/settings";
        String admin = basic("admin.buurtgezinnen");
        JsonNode before = http.get(settings, admin).json();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("values", Map.of("trialLengthWeeks", ""));
        body.put("version", before.get("version").asLong());
        Http.Response number = put(http, settings, admin, body);
        assertThat(number.status()).as(number.body()).isEqualTo(400);
        assertThat(number.header("Content-Type")).startsWith("application/problem+json");
        assertThat(number.json().get("errors").get(0).get("field").asString()).isEqualTo("values.trialLengthWeeks");
        assertThat(http.get(settings, admin).json().get("version").asLong())
                .as("nothing saved")
                .isEqualTo(before.get("version").asLong());

        Map<String, Consumer<Map<String, Object>>> empty = new LinkedHashMap<>();
        empty.put("numberOfChildren", family -> family.put("numberOfChildren", ""));
        empty.put("consentGiven", family -> family.put("consentGiven", ""));
        empty.put("source", family -> family.put("source", ""));
        empty.put(
                "children[0].birthDate",
                family -> family.put("children", List.of(Map.of("firstName", "Mila", "birthDate", ""))));
        for (Map.Entry<String, Consumer<Map<String, Object>>> field : empty.entrySet()) {
            Http.Response response =
                    http.post(FAMILIES, COORDINATOR, family("Leeg " + field.getKey(), field.getValue()));
            assertThat(response.status())
                    .as(field.getKey() + ": " + response.body())
                    .isEqualTo(400);
            assertThat(response.json().get("errors").get(0).get("field").asString())
                    .isEqualTo(field.getKey());
        }
        assertThat(Sql.count("SELECT count(*) FROM t_de_wolden.family WHERE parent_name LIKE 'Leeg %'"))
                .isZero();
    }

    /** Jackson trims a date before reading it, and Java's trim also drops a NUL (the fuzz suite found it). */
    @Test
    void aDateIsTakenOnlyAsSpelledNotWithANulOrSpacesAround() {
        Http http = new Http(port);
        List<String> dates = List.of("2020-01-15\u0000", " 2020-01-15", "2020-01-15\t");
        for (int i = 0; i < dates.size(); i++) {
            String date = dates.get(i);
            Http.Response response = http.post(
                    FAMILIES,
                    COORDINATOR,
                    family(
                            "Datum " + i,
                            family -> family.put("children", List.of(Map.of("firstName", "Mila", "birthDate", date)))));
            assertThat(response.status()).as(response.body()).isEqualTo(400);
            assertThat(response.json().get("errors").get(0).get("field").asString())
                    .isEqualTo("children[0].birthDate");
        }
        assertThat(Sql.count("SELECT count(*) FROM t_de_wolden.family WHERE parent_name LIKE 'Datum %'"))
                .isZero();
    }

    @Test
    void textWithANulOrALoneSurrogateIsRefusedInEveryFieldNamingIt() {
        Http http = new Http(port);
        Map<String, Consumer<Map<String, Object>>> hostile = new LinkedHashMap<>();
        hostile.put("parentName", family -> family.put("parentName", "Tekst\\u0000NUL"));
        hostile.put("city", family -> family.put("city", "Tekst\\uD800los"));
        hostile.put("reasonOther", family -> family.put("reasonOther", "los\\uDFFF"));
        hostile.put(
                "children[0].firstName",
                family ->
                        family.put("children", List.of(Map.of("firstName", "Mi\\uDC00la", "birthDate", "2020-05-01"))));
        for (Map.Entry<String, Consumer<Map<String, Object>>> field : hostile.entrySet()) {
            // JSON's own escapes for NUL and a lone surrogate, as a client sends them (Http.json escapes the
            // backslash).
            String body = family("Tekst " + field.getKey(), field.getValue()).replace("\\\\u", "\\u");
            Http.Response response = http.post(FAMILIES, COORDINATOR, body);
            assertThat(response.status())
                    .as(field.getKey() + ": " + body + " -> " + response.body())
                    .isEqualTo(400);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            JsonNode error = response.json().get("errors").get(0);
            assertThat(error.get("field").asString()).isEqualTo(field.getKey());
            assertThat(error.get("message").asString()).contains("NUL");
        }
        assertThat(Sql.count("SELECT count(*) FROM t_de_wolden.family WHERE parent_name LIKE 'Tekst %'"))
                .as("nothing stored")
                .isZero();

        Http.Response approval = http.post(
                "/api/v1/admin/municipalities/de-wolden/privacy-approvals",
                basic("admin.buurtgezinnen"),
                "{\"kind\":\"EXPORT\",\"reason\":\"Fuzz\\uD800Tekst\"}");
        assertThat(approval.status()).as(approval.body()).isEqualTo(400);
        assertThat(approval.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
        assertThat(Sql.count("SELECT count(*) FROM platform.privacy_approval WHERE reason LIKE 'Fuzz%Tekst'"))
                .isZero();

        Http.Response pair = http.post(
                FAMILIES, COORDINATOR, family("Tekst met emoji \uD83D\uDE00", body -> body.put("postcode", "7943 ZZ")));
        assertThat(pair.status())
                .as("a surrogate pair is a character like any other: " + pair.body())
                .isEqualTo(201);
    }

    @Test
    void bytesThatAreNoUtf8AreRefusedNotReadAsAnotherCharacter() {
        Http http = new Http(port);
        byte[] valid = family("Bytes Overlong", body -> {}).getBytes(StandardCharsets.UTF_8);
        // C0 AF is an overlong (forbidden) spelling of '/': a lenient decoder stores "Bytes/Overlong"
        byte[] overlong = replaceFirst(valid, " Overlong".getBytes(StandardCharsets.UTF_8), new byte[] {
            (byte) 0xC0, (byte) 0xAF, 'O', 'v', 'e', 'r', 'l', 'o', 'n', 'g'
        });
        Http.Response response = http.send(http.request(FAMILIES, COORDINATOR)
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(overlong)));
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(Sql.count("SELECT count(*) FROM t_de_wolden.family WHERE parent_name LIKE 'Bytes%Overlong'"))
                .as("nothing stored")
                .isZero();
    }

    @Test
    void aListWithANullItemIsRefusedNotSilentlyEmptied() {
        Http http = new Http(port);
        String publicForm = "/api/v1/admin/municipalities/de-wolden/public-form";
        String admin = basic("admin.buurtgezinnen");
        long before = Sql.count("SELECT count(*) FROM platform.admin_audit WHERE municipality_code = 'de-wolden'");
        Http.Response response = http.send(http.request(publicForm, admin)
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"origins\":[null]}")));
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(Sql.count("SELECT count(*) FROM platform.admin_audit WHERE municipality_code = 'de-wolden'"))
                .as("nothing changed")
                .isEqualTo(before);
    }

    private static byte[] replaceFirst(byte[] in, byte[] what, byte[] with) {
        String text = new String(in, StandardCharsets.ISO_8859_1);
        String from = new String(what, StandardCharsets.ISO_8859_1);
        String to = new String(with, StandardCharsets.ISO_8859_1);
        assertThat(text).contains(from);
        return text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to))
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    private static Http.Response put(Http http, String path, String user, Map<String, Object> body) {
        return http.send(http.request(path, user)
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(Http.json(body))));
    }

    private static String family(String parentName, Consumer<Map<String, Object>> change) {
        Map<String, Object> family = new LinkedHashMap<>();
        family.put("parentName", parentName);
        family.put("postcode", "7942 ZZ");
        family.put("numberOfChildren", 1);
        family.put("preferredDayParts", List.of("WEDNESDAY_AFTERNOON"));
        family.put("consentGiven", true);
        family.put("children", List.of(Map.of("firstName", "Mila", "birthDate", "2020-05-01")));
        change.accept(family);
        return Http.json(family);
    }
}
