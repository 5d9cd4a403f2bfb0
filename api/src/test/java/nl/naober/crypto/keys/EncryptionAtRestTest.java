package nl.naober.crypto.keys;

import static nl.naober.support.CaseWork.child;
import static nl.naober.support.CaseWork.id;
import static nl.naober.support.CaseWork.version;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.naober.crypto.EncryptedColumns;
import nl.naober.support.CaseWork;
import nl.naober.support.Http;
import nl.naober.support.NaoberIntegrationTest;
import nl.naober.support.Sql;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Free text entered through the REST API is stored encrypted (what a database dump shows), and read back as text.
 * Every note-like field of the programme is filled once, in De Wolden.
 */
@NaoberIntegrationTest
class EncryptionAtRestTest {

    static final String SCHEMA = "t_de_wolden";
    static final Set<String> DAY_PARTS = Set.of("TUESDAY_AFTERNOON");

    @LocalServerPort
    int port;

    @Test
    void everyFreeTextIsStoredEncryptedAndReadAsText() {
        Http http = new Http(port);
        CaseWork deWolden = new CaseWork(http, "de-wolden");
        String secret = "geheim-" + Long.toString(System.nanoTime(), 36);

        JsonNode family = registerFamily(http, deWolden, secret);
        String familyPath = deWolden.base() + "/families/" + id(family);
        success(http.post(familyPath + "/intakes", deWolden.coordinator(), intake(secret)));
        success(http.post(
                familyPath + "/notes", deWolden.coordinator(), Http.json(Map.of("text", "notitie " + secret))));
        success(http.post(
                deWolden.base() + "/appointments",
                deWolden.coordinator(),
                Http.json(Map.of(
                        "kind",
                        "FAMILY_INTAKE",
                        "subjectId",
                        id(family).toString(),
                        "date",
                        java.time.LocalDate.now().plusDays(1).toString(),
                        "time",
                        "10:00",
                        "place",
                        "plaats " + secret))));
        JsonNode waiting = success(http.post(
                familyPath + "/status",
                deWolden.coordinator(),
                Http.json(Map.of("target", "WAITING", "version", version(get(http, deWolden, familyPath))))));

        JsonNode supportFamily = registerSupportFamily(http, deWolden, secret);
        String supportPath = deWolden.base() + "/support-families/" + id(supportFamily);
        success(http.post(supportPath + "/intakes", deWolden.coordinator(), intake(secret)));
        JsonNode available = deWolden.makeAvailable(get(http, deWolden, supportPath));

        JsonNode match = deWolden.propose(waiting, available, DAY_PARTS);
        String matchPath = deWolden.base() + "/matches/" + id(match);
        match = success(
                http.post(matchPath + "/trial", deWolden.coordinator(), Http.json(Map.of("version", version(match)))));
        success(http.post(
                matchPath + "/evaluations",
                deWolden.coordinator(),
                Http.json(Map.of("kind", "TRIAL", "decision", "CONTINUE", "notes", "evaluatie " + secret))));
        // The longest note the form allows, in characters of three UTF-8 bytes: fits only since the columns are text.
        String longest = "€".repeat(4000 - secret.length()) + secret;
        success(http.post(
                matchPath + "/contacts",
                deWolden.coordinator(),
                Http.json(Map.of("withWhom", "BOTH", "notes", longest))));
        Http.Response tooLong = http.post(
                matchPath + "/contacts",
                deWolden.coordinator(),
                Http.json(Map.of("withWhom", "BOTH", "notes", longest + "€")));
        assertThat(tooLong.status()).as("@Size still limits the plain text").isEqualTo(400);
        assertThat(tooLong.body()).contains("notes");
        success(http.post(
                matchPath + "/signals",
                deWolden.coordinator(),
                Http.json(Map.of("kind", "DEBTS", "notes", "signaal " + secret))));
        success(http.post(
                matchPath + "/close",
                deWolden.coordinator(),
                Http.json(Map.of(
                        "reason",
                        "GOAL_REACHED",
                        "outcomeNotes",
                        "uitkomst " + secret,
                        "version",
                        version(get(http, deWolden, matchPath))))));

        // What the database holds: nowhere the text, in every encrypted column this record's ciphertext.
        assertThat(columnsContaining(secret))
                .as("columns holding the plain text")
                .isEmpty();
        List<String> needsText =
                Sql.strings("SELECT needs_text FROM " + SCHEMA + ".child WHERE family_id = ?", id(family));
        assertThat(needsText).singleElement().asString().startsWith("enc:v1:test-1:");
        assertThat(Sql.strings("SELECT needs FROM " + SCHEMA + ".child WHERE family_id = ?", id(family)))
                .singleElement()
                .asString()
                .startsWith("enc:v1:test-1:")
                .doesNotContain("ADHD");
        assertThat(columnsStartingWith("enc:v1:"))
                .as("the columns that hold ciphertext are the ones re-encryption and the export know")
                .containsExactlyInAnyOrderElementsOf(EncryptedColumns.ALL.stream()
                        // made by a municipality's first import, which De Wolden never had: ImportRefPrivacyTest
                        .filter(column -> !column.table().equals("import_ref_key"))
                        .toList());

        // What the API shows: the text.
        JsonNode shown = get(http, deWolden, familyPath);
        assertThat(shown.get("reasonOther").asString()).isEqualTo("reden " + secret);
        assertThat(shown.get("children").get(0).get("needsText").asString()).isEqualTo("behoefte " + secret);
        assertThat(shown.get("children").get(0).get("needs").toString()).contains("ADHD");
        assertThat(shown.get("intakes").get(0).get("wishes").asString()).isEqualTo("wensen " + secret);
        assertThat(shown.get("intakes").get(0).get("notes").asString()).isEqualTo("intake " + secret);
        assertThat(get(http, deWolden, familyPath + "/timeline").toString()).contains("notitie " + secret);
        JsonNode supportShown = get(http, deWolden, supportPath);
        assertThat(supportShown.get("experienceText").asString()).isEqualTo("ervaring " + secret);
        assertThat(supportShown.get("preferences").asString()).isEqualTo("voorkeur " + secret);
        assertThat(supportShown.get("intakes").toString()).contains("intake " + secret, "wensen " + secret);
        JsonNode matchShown = get(http, deWolden, matchPath);
        assertThat(matchShown.get("outcomeNotes").asString()).isEqualTo("uitkomst " + secret);
        assertThat(matchShown.get("evaluations").get(0).get("notes").asString()).isEqualTo("evaluatie " + secret);
        assertThat(matchShown.get("contacts").get(0).get("notes").asString()).isEqualTo(longest);
        assertThat(matchShown.get("signals").get(0).get("notes").asString()).isEqualTo("signaal " + secret);
    }

    private static JsonNode registerFamily(Http http, CaseWork caseWork, String secret) {
        Map<String, Object> child =
                new LinkedHashMap<>(child("Fenna", LocalDate.now().minusYears(7), "ADHD"));
        child.put("needsText", "behoefte " + secret);
        Map<String, Object> family = new LinkedHashMap<>();
        family.put("parentName", "Versleuteld " + secret.substring(7));
        family.put("postcode", "7921 AA");
        family.put("latitude", 52.6950);
        family.put("longitude", 6.3900);
        family.put("numberOfChildren", 1);
        family.put("reasons", List.of("OTHER"));
        family.put("reasonOther", "reden " + secret);
        family.put("preferredDayParts", DAY_PARTS);
        family.put("consentGiven", true);
        family.put("children", List.of(child));
        return success(http.post(caseWork.base() + "/families", caseWork.coordinator(), Http.json(family)));
    }

    private static JsonNode registerSupportFamily(Http http, CaseWork caseWork, String secret) {
        Map<String, Object> supportFamily = new LinkedHashMap<>();
        supportFamily.put("householdName", "Steun " + secret.substring(7));
        supportFamily.put("postcode", "7921 AB");
        supportFamily.put("latitude", 52.6960);
        supportFamily.put("longitude", 6.3910);
        supportFamily.put("availableDayParts", DAY_PARTS);
        supportFamily.put("capacity", 2);
        supportFamily.put("experience", Set.of("ADHD"));
        supportFamily.put("experienceText", "ervaring " + secret);
        supportFamily.put("preferences", "voorkeur " + secret);
        supportFamily.put("members", List.of(Map.of("firstName", "Gerrit", "birthDate", "1970-05-01")));
        return success(
                http.post(caseWork.base() + "/support-families", caseWork.coordinator(), Http.json(supportFamily)));
    }

    private static String intake(String secret) {
        return Http.json(Map.of(
                "visitDate",
                LocalDate.now().toString(),
                "wishes",
                "wensen " + secret,
                "notes",
                "intake " + secret,
                "outcome",
                "SUITABLE"));
    }

    private static JsonNode get(Http http, CaseWork caseWork, String path) {
        return success(http.get(path, caseWork.coordinator()));
    }

    private static JsonNode success(Http.Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 201);
        return response.json();
    }

    /** Every text column of the schema with a value containing {@code text}. */
    private static List<EncryptedColumns.Column> columnsContaining(String text) {
        return columnsWhere("strpos(%s, ?) > 0", text);
    }

    private static List<EncryptedColumns.Column> columnsStartingWith(String prefix) {
        return columnsWhere("starts_with(%s, ?)", prefix);
    }

    private static List<EncryptedColumns.Column> columnsWhere(String condition, String value) {
        List<EncryptedColumns.Column> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String row : Sql.strings(
                "SELECT table_name || '.' || column_name FROM information_schema.columns"
                        + " WHERE table_schema = ? AND data_type IN ('text', 'character varying')"
                        + " ORDER BY table_name, column_name",
                SCHEMA)) {
            String[] parts = row.split("\\.");
            String sql = "SELECT count(*) FROM " + SCHEMA + "." + parts[0] + " WHERE " + condition.formatted(parts[1]);
            if (Sql.count(sql, value) > 0 && seen.add(row)) {
                found.add(new EncryptedColumns.Column(parts[0], parts[1]));
            }
        }
        return found;
    }
}
