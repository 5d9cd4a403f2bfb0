package nl.naober.registration.web;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import nl.naober.support.Http;
import nl.naober.support.Sql;

/** Registrations as a client sends them, and what the database holds afterwards. */
final class Registrations {

    static final List<String> DEMO_SCHEMAS =
            List.of("t_meppel", "t_hoogeveen", "t_de_wolden", "t_midden_drenthe", "t_borger_odoorn", "t_emmen");

    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(1);

    private Registrations() {}

    /** A client address of its own (TEST-NET-2/3), so a test has its own rate-limit allowance. */
    static String newClientAddress() {
        int n = NEXT_ADDRESS.getAndIncrement();
        return (n < 250 ? "198.51.100." : "203.0.113.") + (n % 250 + 1);
    }

    /** A first name no other test uses, so counts by name are this test's alone. */
    static String uniqueName(String prefix) {
        StringBuilder name = new StringBuilder(prefix);
        for (int i = 0; i < 8; i++) {
            name.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return name.toString();
    }

    static Map<String, Object> family(String firstName) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", "FAMILY");
        body.put("firstName", firstName);
        body.put("lastName", "Jansen");
        body.put("phone", "06 12345678");
        body.put("postcode", "7941 AB");
        body.put("houseNumber", "12a");
        body.put("numberOfChildren", 2);
        body.put("reasons", List.of("NO_OWN_NETWORK"));
        body.put("dayParts", List.of("WEDNESDAY_AFTERNOON"));
        body.put("message", "Bel me liever na drie uur.");
        body.put("consent", true);
        return body;
    }

    static Map<String, Object> supportFamily(String firstName) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", "SUPPORT_FAMILY");
        body.put("firstName", firstName);
        body.put("email", firstName.toLowerCase() + "@voorbeeld.nl");
        body.put("postcode", "9411AB");
        body.put("capacity", 1);
        body.put("dayParts", List.of("SATURDAY_MORNING", "SATURDAY_AFTERNOON"));
        body.put("consent", true);
        return body;
    }

    static String path(String municipality) {
        return "/api/v1/public/municipalities/" + municipality + "/registrations";
    }

    /** A POST of the public API from a client address, with extra headers as name, value, name, value. */
    static Http.Response post(Http http, String municipality, String clientAddress, String json, String... headers) {
        HttpRequest.Builder request = http.request(path(municipality), null)
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", clientAddress)
                .POST(HttpRequest.BodyPublishers.ofString(json));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request);
    }

    static int stored(String schema, String firstName) {
        return Sql.count("SELECT count(*) FROM " + schema + ".public_registration WHERE first_name = ?", firstName);
    }

    static int storedLike(String schema, String firstNamePrefix) {
        return Sql.count(
                "SELECT count(*) FROM " + schema + ".public_registration WHERE first_name LIKE ?",
                firstNamePrefix + "%");
    }

    static int families(String schema, String firstName) {
        return Sql.count("SELECT count(*) FROM " + schema + ".family WHERE parent_name LIKE ?", firstName + "%");
    }

    static int supportFamilies(String schema, String firstName) {
        return Sql.count(
                "SELECT count(*) FROM " + schema + ".support_family WHERE household_name LIKE ?", firstName + "%");
    }

    /** Every public registration in every demo municipality: for "nothing was stored anywhere". */
    static Map<String, Integer> allCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String schema : DEMO_SCHEMAS) {
            counts.put(
                    schema + ".public_registration",
                    Sql.count("SELECT count(*) FROM " + schema + ".public_registration"));
            counts.put(schema + ".family", Sql.count("SELECT count(*) FROM " + schema + ".family"));
            counts.put(schema + ".support_family", Sql.count("SELECT count(*) FROM " + schema + ".support_family"));
        }
        return counts;
    }

    static List<String> otherSchemas(String schema) {
        List<String> others = new ArrayList<>(DEMO_SCHEMAS);
        others.remove(schema);
        return others;
    }
}
