package nl.naober.administration.web;

import static nl.naober.support.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.naober.support.CbsCodes;
import nl.naober.support.Http;
import nl.naober.support.Sql;
import tools.jackson.databind.JsonNode;

/** The municipality administration API as a network administrator calls it, and what is really in the database. */
final class AdminApi {

    static final String BASE = "/api/v1/admin/municipalities";
    static final String BUURTGEZINNEN = basic("admin.buurtgezinnen");
    static final String STEUNOUDERNL = basic("admin.steunoudernl");

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final Http http;

    AdminApi(Http http) {
        this.http = http;
    }

    /** A code unique to this test run, e.g. {@code wv-k3x9a2}. */
    static String uniqueCode(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime(), 36);
    }

    static String freeCbsCode() {
        return CbsCodes.free();
    }

    static String schemaOf(String code) {
        return "t_" + code.replace('-', '_');
    }

    static List<String> tables(String schema) {
        return Sql.strings("SELECT table_name FROM information_schema.tables WHERE table_schema = ?", schema);
    }

    static boolean schemaExists(String schema) {
        return Sql.count("SELECT count(*) FROM information_schema.schemata WHERE schema_name = ?", schema) == 1;
    }

    /** A municipality's database role is named after its schema. */
    static boolean roleExists(String schema) {
        return Sql.count("SELECT count(*) FROM pg_roles WHERE rolname = ?", schema) == 1;
    }

    static boolean rowExists(String code) {
        return Sql.count("SELECT count(*) FROM platform.municipality WHERE code = ?", code) == 1;
    }

    static String onboardingJson(String code, String name, String cbsCode) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("name", name);
        body.put("cbsCode", cbsCode);
        body.put("programmeStart", "2026-01-01");
        return Http.json(body);
    }

    Http.Response onboard(String code, String name, String cbsCode) {
        return http.post(BASE, BUURTGEZINNEN, onboardingJson(code, name, cbsCode));
    }

    /** Onboards a fresh municipality in Buurtgezinnen and checks it became ACTIVE. */
    String onboardActive(String prefix) {
        String code = uniqueCode(prefix);
        Http.Response response = onboard(code, "Proef " + code, freeCbsCode());
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.json().get("status").asString()).isEqualTo("ACTIVE");
        return code;
    }

    Http.Response get(String path, String authorization) {
        return http.get(BASE + path, authorization);
    }

    Http.Response post(String path, String authorization) {
        return http.post(BASE + path, authorization, "");
    }

    /** Suspends the municipality, with the reason a suspension needs. */
    Http.Response suspend(String code, String authorization) {
        return http.post(BASE + "/" + code + "/suspend", authorization, "{\"reason\":\"Test: tijdelijk opgeschort\"}");
    }

    /**
     * Asks the municipality's privacy officer ({@code privacy.<code>}, who must exist) for an approval of this kind
     * and has it given; the municipality must be active for its officer to log in.
     */
    void approved(String code, String kind, String networkAdmin) {
        Http.Response requested = http.post(
                BASE + "/" + code + "/privacy-approvals",
                networkAdmin,
                Http.json(Map.of("kind", kind, "reason", "Overstap naar een ander systeem")));
        assertThat(requested.status()).as(requested.body()).isEqualTo(201);
        Http.Response approved = http.post(
                "/api/v1/municipalities/" + code + "/privacy-approvals/"
                        + requested.json().get("id").asString() + "/approve",
                Http.basic("privacy." + code),
                Http.json(Map.of("note", "Akkoord")));
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
    }

    Http.Response delete(String path, String authorization) {
        return http.send(http.request(BASE + path, authorization).DELETE());
    }

    /** The rule codes of a 409. */
    static List<String> rules(Http.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(409);
        List<String> rules = new ArrayList<>();
        for (JsonNode rule : response.json().get("rules")) {
            rules.add(rule.get("rule").asString());
        }
        return rules;
    }

    /** The export as status and, for a 200, the zip's entries with their text. */
    record Export(int status, String contentType, Map<String, String> entries) {}

    /** An export with case data (needs the privacy officer's approval). */
    Export export(String code, String authorization) {
        return export(code, "CASE_DATA", authorization);
    }

    Export export(String code, String scope, String authorization) {
        try {
            HttpResponse<byte[]> response = CLIENT.send(
                    http.request(BASE + "/" + code + "/export?scope=" + scope, authorization)
                            .POST(HttpRequest.BodyPublishers.noBody())
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Export(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(null),
                    response.statusCode() == 200 ? unzip(response.body()) : Map.of());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
