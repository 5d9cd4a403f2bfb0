package nl.naober.mail.web;

import static nl.naober.support.CaseWork.created;
import static nl.naober.support.CaseWork.ok;
import static nl.naober.support.Http.basic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import nl.naober.mail.Recipient;
import nl.naober.settings.web.AdminHttp;
import nl.naober.support.CbsCodes;
import nl.naober.support.Http;
import nl.naober.tenancy.Tenant;

/**
 * A municipality of its own for a mail test, onboarded in Buurtgezinnen through the admin API: its outbox and case
 * data are the test's alone. Coordinators get an e-mail address; the VOG validity is its own (3 years), whatever
 * other tests do to the network's settings.
 */
public record TestMunicipality(String code, List<Recipient> coordinators) {

    public static final String ADMIN = basic("admin.buurtgezinnen");
    private static final String BASE = "/api/v1/admin/municipalities";

    /** @param coordinatorNames the local part of each coordinator's username and address, e.g. "anna" */
    public static TestMunicipality onboard(Http http, String prefix, String... coordinatorNames) {
        String code = prefix + "-" + Long.toString(System.nanoTime(), 36);
        Map<String, Object> municipality = Map.of(
                "code", code, "name", "Proef " + code, "cbsCode", CbsCodes.free(), "programmeStart", "2026-01-01");
        created(http.post(BASE, ADMIN, Http.json(municipality)));
        ok(AdminHttp.put(
                http,
                BASE + "/" + code + "/settings",
                ADMIN,
                Http.json(Map.of("values", Map.of("vogValidityYears", 3), "version", 0))));
        List<Recipient> coordinators = new ArrayList<>();
        if (coordinatorNames.length > 0) {
            String organisation = created(http.post(
                            BASE + "/" + code + "/welfare-organisations",
                            ADMIN,
                            Http.json(Map.of("name", "Welzijn " + code, "kvkNumber", kvkNumber()))))
                    .get("id")
                    .asString();
            for (String name : coordinatorNames) {
                Map<String, Object> user = new HashMap<>();
                user.put("username", "coordinator." + code + "-" + name);
                user.put("role", "COORDINATOR");
                user.put("welfareOrganisationId", organisation);
                user.put("email", name + "." + code + "@gemeente.example");
                created(http.post(BASE + "/" + code + "/users", ADMIN, Http.json(user)));
                coordinators.add(new Recipient(
                        "coordinator." + code + "-" + name, null, name + "." + code + "@gemeente.example"));
            }
        }
        return new TestMunicipality(code, List.copyOf(coordinators));
    }

    public Tenant tenant() {
        return Tenant.of(code);
    }

    /** The schema, for plain SQL; derived from a code this test made. */
    public String schema() {
        return "t_" + code.replace('-', '_');
    }

    public Recipient coordinator(String name) {
        return coordinators.stream()
                .filter(c -> c.username().endsWith("-" + name))
                .findFirst()
                .orElseThrow();
    }

    private static String kvkNumber() {
        return String.valueOf(10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
    }
}
