package nl.naober.support;

import static nl.naober.support.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** Case work through the REST API, as a coordinator of one municipality does it: the steps the tests build on. */
public final class CaseWork {

    private final Http http;
    private final String base;
    private final String coordinator;

    public CaseWork(Http http, String municipality) {
        this(http, municipality, basic("coordinator." + municipality));
    }

    /** As a coordinator with these credentials (e.g. an API token: {@code Http.bearer(token)}). */
    public CaseWork(Http http, String municipality, String coordinator) {
        this.http = http;
        this.base = "/api/v1/municipalities/" + municipality;
        this.coordinator = coordinator;
    }

    public String base() {
        return base;
    }

    public String coordinator() {
        return coordinator;
    }

    /** A child for the family JSON. */
    public static Map<String, Object> child(String firstName, LocalDate birthDate, String... needs) {
        return Map.of("firstName", firstName, "birthDate", birthDate.toString(), "needs", List.of(needs));
    }

    public JsonNode registerFamily(
            String parentName,
            double latitude,
            double longitude,
            Set<String> dayParts,
            List<Map<String, Object>> children) {
        Map<String, Object> family = new LinkedHashMap<>();
        family.put("parentName", parentName);
        family.put("postcode", "7901 AA");
        family.put("city", "Hoogeveen");
        family.put("latitude", latitude);
        family.put("longitude", longitude);
        family.put("numberOfChildren", Math.max(1, children.size()));
        family.put("reasons", List.of("SINGLE_PARENT_SEVERAL_CHILDREN", "CHILD_SPECIAL_NEEDS"));
        family.put("source", "WIJKTEAM_CJG");
        family.put("referringOrganisation", "Wijkteam Hoogeveen");
        family.put("dayPartsPerWeek", 1);
        family.put("preferredDayParts", dayParts);
        family.put("consentGiven", true);
        family.put("consentVersion", "2026-1");
        family.put("children", children);
        return created(http.post(base + "/families", coordinator, Http.json(family)));
    }

    /** A family on the waiting list: registered, intake done, WAITING. */
    public JsonNode waitingFamily(String parentName, Set<String> dayParts, List<Map<String, Object>> children) {
        JsonNode family = registerFamily(parentName, 52.7233, 6.4764, dayParts, children);
        UUID id = id(family);
        JsonNode intake = created(http.post(base + "/families/" + id + "/intakes", coordinator, intakeJson()));
        return ok(http.post(
                base + "/families/" + id + "/status",
                coordinator,
                Http.json(Map.of(
                        "target", "WAITING", "version", intake.get("version").asLong()))));
    }

    public JsonNode registerSupportFamily(
            String name,
            double latitude,
            double longitude,
            Set<String> dayParts,
            int capacity,
            Set<String> experience) {
        Map<String, Object> supportFamily = new LinkedHashMap<>();
        supportFamily.put("householdName", name);
        supportFamily.put("postcode", "7902 BB");
        supportFamily.put("city", "Hoogeveen");
        supportFamily.put("latitude", latitude);
        supportFamily.put("longitude", longitude);
        supportFamily.put("availableDayParts", dayParts);
        supportFamily.put("capacity", capacity);
        supportFamily.put("minAge", 0);
        supportFamily.put("maxAge", 12);
        supportFamily.put("experience", experience);
        supportFamily.put("members", List.of(Map.of("firstName", "Wim", "birthDate", "1975-03-01")));
        return created(http.post(base + "/support-families", coordinator, Http.json(supportFamily)));
    }

    /** VOG for every adult, a suitable intake, and AVAILABLE. */
    public JsonNode makeAvailable(JsonNode supportFamily) {
        UUID id = id(supportFamily);
        JsonNode current = supportFamily;
        for (JsonNode member : supportFamily.get("members")) {
            current = created(http.post(
                    base + "/support-families/" + id + "/members/"
                            + member.get("id").asString() + "/vogs",
                    coordinator,
                    Http.json(Map.of("issuedOn", LocalDate.now().minusMonths(3).toString()))));
        }
        current = screen(supportFamily);
        return ok(http.post(
                base + "/support-families/" + id + "/status",
                coordinator,
                Http.json(Map.of(
                        "target", "AVAILABLE", "version", current.get("version").asLong()))));
    }

    /** A suitable intake: the support family is in screening. */
    public JsonNode screen(JsonNode supportFamily) {
        return created(
                http.post(base + "/support-families/" + id(supportFamily) + "/intakes", coordinator, intakeJson()));
    }

    public JsonNode propose(JsonNode family, JsonNode supportFamily, Set<String> dayParts) {
        return created(http.post(base + "/matches", coordinator, proposal(family, supportFamily, dayParts)));
    }

    public String proposal(JsonNode family, JsonNode supportFamily, Set<String> dayParts) {
        List<String> children = new ArrayList<>();
        family.get("children").forEach(c -> children.add(c.get("id").asString()));
        return Http.json(Map.of(
                "familyId",
                id(family).toString(),
                "supportFamilyId",
                id(supportFamily).toString(),
                "childIds",
                children,
                "dayParts",
                dayParts));
    }

    public static String intakeJson() {
        return Http.json(Map.of(
                "visitDate", LocalDate.now().toString(),
                "wishes", "Rust op woensdagmiddag",
                "notes", "Kennismaking verliep goed",
                "outcome", "SUITABLE"));
    }

    public static UUID id(JsonNode node) {
        return UUID.fromString(node.get("id").asString());
    }

    public static JsonNode created(Http.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    public static JsonNode ok(Http.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    public static long version(JsonNode node) {
        return node.get("version").asLong();
    }
}
