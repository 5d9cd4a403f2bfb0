package nl.naober.registration.web;

import static nl.naober.registration.web.Registrations.allCounts;
import static nl.naober.registration.web.Registrations.families;
import static nl.naober.registration.web.Registrations.family;
import static nl.naober.registration.web.Registrations.newClientAddress;
import static nl.naober.registration.web.Registrations.post;
import static nl.naober.registration.web.Registrations.stored;
import static nl.naober.registration.web.Registrations.supportFamilies;
import static nl.naober.registration.web.Registrations.supportFamily;
import static nl.naober.registration.web.Registrations.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.naober.municipality.InvalidMunicipalityException;
import nl.naober.municipality.MunicipalityProvisioning;
import nl.naober.municipality.MunicipalityRegistry;
import nl.naober.municipality.NewMunicipality;
import nl.naober.programme.WorkingDays;
import nl.naober.support.CbsCodes;
import nl.naober.support.Http;
import nl.naober.support.Sql;
import nl.naober.tenancy.TenantCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/v1/public/municipalities/{code}/registrations} over real HTTP on real PostgreSQL, without a login;
 * what is stored is counted in the municipalities' own tables.
 */
@PublicRegistrationTest
class PublicRegistrationApiTest {

    @LocalServerPort
    int port;

    @Autowired
    MunicipalityProvisioning provisioning;

    @Autowired
    MunicipalityRegistry registry;

    private Http http;
    private String client;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        client = newClientAddress();
    }

    @Test
    void aFamilyIsStoredInThatMunicipalityOnlyWithItsConsentAndA201Receipt() {
        String name = uniqueName("Gezin");

        Http.Response response = post(http, "hoogeveen", client, Http.json(family(name)));

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        JsonNode receipt = response.json();
        String id = receipt.get("id").asString();
        assertThat(receipt.get("kind").asString()).isEqualTo("FAMILY");
        assertThat(receipt.get("receivedAt").asString()).isNotBlank();
        assertThat(receipt.get("replyWithinWorkingDays").asInt()).isEqualTo(5);
        assertThat(receipt.get("replyBy").asString())
                .isEqualTo(WorkingDays.plus(LocalDate.now(), 5).toString());
        assertThat(receipt.has("duplicate"))
                .as("a receipt, not the core's record")
                .isFalse();
        assertThat(response.header("Location")).endsWith("/api/v1/public/municipalities/hoogeveen/registrations/" + id);

        assertThat(stored("t_hoogeveen", name)).isEqualTo(1);
        assertThat(families("t_hoogeveen", name)).isEqualTo(1);
        assertThat(Sql.strings(
                        "SELECT channel || ' ' || consent_version || ' ' || (consent_at IS NOT NULL) || ' '"
                                + " || (family_id IS NOT NULL) FROM t_hoogeveen.public_registration WHERE id = ?::uuid",
                        id))
                .containsExactly("API 2026-2 true true");
        for (String other : Registrations.otherSchemas("t_hoogeveen")) {
            assertThat(stored(other, name)).as(other).isZero();
            assertThat(families(other, name)).as(other).isZero();
        }
    }

    @Test
    void aSupportFamilyIsStoredAsASupportFamily() {
        String name = uniqueName("Steun");

        Http.Response response = post(http, "midden-drenthe", client, Http.json(supportFamily(name)));

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.json().get("kind").asString()).isEqualTo("SUPPORT_FAMILY");
        assertThat(supportFamilies("t_midden_drenthe", name)).isEqualTo(1);
        assertThat(families("t_midden_drenthe", name)).isZero();
        assertThat(stored("t_emmen", name)).isZero();
    }

    @Test
    void invalidInputReturnsEveryFieldErrorAtOnceAndStoresNothing() {
        Map<String, Integer> before = allCounts();
        Map<String, Object> body = family(uniqueName("Fout"));
        body.put("firstName", " ");
        body.put("phone", "bel me");
        body.put("email", "geen-adres");
        body.put("postcode", "12");
        body.put("houseNumber", "12345678901");
        body.put("numberOfChildren", 0);
        body.put("message", "x".repeat(501));
        body.put("consent", false);

        Http.Response response = post(http, "meppel", client, Http.json(body));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(fields(response))
                .containsExactlyInAnyOrder(
                        "firstName",
                        "email",
                        "phone",
                        "postcode",
                        "houseNumber",
                        "numberOfChildren",
                        "message",
                        "consent");
        assertThat(response.body()).contains("Vul je voornaam in.", "Vul je postcode in zoals 7941 AB.");
        assertThat(allCounts()).isEqualTo(before);
    }

    @Test
    void theRulesAcrossFieldsAreReportedOnTheirFields() {
        Map<String, Object> family = family(uniqueName("Zonder"));
        family.remove("phone");
        family.remove("numberOfChildren");
        Map<String, Object> supportFamily = supportFamily(uniqueName("Zonder"));
        supportFamily.remove("email");
        supportFamily.remove("capacity");
        supportFamily.remove("consent");

        assertThat(fields(post(http, "meppel", client, Http.json(family))))
                .containsExactlyInAnyOrder("email", "numberOfChildren");
        assertThat(fields(post(http, "meppel", client, Http.json(supportFamily))))
                .containsExactlyInAnyOrder("email", "capacity", "consent");
    }

    @Test
    void malformedOrUnknownJsonIsA400AndStoresNothing() {
        Map<String, Integer> before = allCounts();
        String valid = Http.json(family(uniqueName("Kapot")));

        assertThat(post(http, "meppel", client, valid.substring(0, valid.length() - 5))
                        .status())
                .isEqualTo(400);
        assertThat(post(http, "meppel", client, valid.replace("\"kind\"", "\"isAdmin\":true,\"kind\""))
                        .status())
                .isEqualTo(400);
        assertThat(post(http, "meppel", client, valid.replace("\"FAMILY\"", "\"PRESIDENT\""))
                        .status())
                .isEqualTo(400);
        assertThat(post(http, "meppel", client, "").status()).isEqualTo(400);
        assertThat(allCounts()).isEqualTo(before);
    }

    @Test
    void aBodyLargerThan16KbIsA400BeforeItIsReadAndStoresNothing() {
        Map<String, Integer> before = allCounts();
        Map<String, Object> body = family(uniqueName("Groot"));
        body.put("message", "x".repeat(20_000));
        String json = Http.json(body);

        Http.Response declared = post(http, "meppel", client, json);
        assertThat(declared.status()).isEqualTo(400);
        assertThat(declared.json().get("type").asString()).endsWith("/registration-too-large");

        // Without a Content-Length (chunked) the body is cut off while it is read.
        Http.Response chunked = http.send(http.request(Registrations.path("meppel"), null)
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", client)
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))));
        assertThat(chunked.status()).isEqualTo(400);
        assertThat(allCounts()).isEqualTo(before);
    }

    @Test
    void theSameIdempotencyKeyTwiceStoresOneAndAnswersTheFirstReceipt() {
        String name = uniqueName("Sleutel");
        Map<String, Object> body = family(name);
        String key = java.util.UUID.randomUUID().toString();

        Http.Response first = post(http, "meppel", client, Http.json(body), "Idempotency-Key", key);
        body.put("message", "Nog een keer, iets anders getypt.");
        Http.Response again = post(http, "meppel", client, Http.json(body), "Idempotency-Key", key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().get("id").asString())
                .isEqualTo(first.json().get("id").asString());
        assertThat(again.header("Location")).isNull();
        assertThat(stored("t_meppel", name)).isEqualTo(1);
        assertThat(families("t_meppel", name)).isEqualTo(1);
    }

    @Test
    void theSameContentTwiceWithoutAKeyStoresOne() {
        String name = uniqueName("Dubbel");
        String json = Http.json(family(name));

        Http.Response first = post(http, "meppel", client, json);
        Http.Response again = post(http, "meppel", client, json);

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("id").asString())
                .isEqualTo(first.json().get("id").asString());
        assertThat(stored("t_meppel", name)).isEqualTo(1);
    }

    @Test
    void anIdempotencyKeyThatCannotBeStoredIsA400() {
        String name = uniqueName("Sleutel");

        Http.Response response =
                post(http, "meppel", client, Http.json(family(name)), "Idempotency-Key", "k".repeat(101));

        assertThat(response.status()).isEqualTo(400);
        assertThat(fields(response)).containsExactly("Idempotency-Key");
        assertThat(stored("t_meppel", name)).isZero();
    }

    @Test
    void aFilledInHoneypotIsAnsweredLikeAPersonButStoresNothing() {
        String name = uniqueName("Robot");
        Map<String, Object> body = family(name);
        body.put("website", "https://spam.example");
        Map<String, Integer> before = allCounts();

        Http.Response response = post(http, "meppel", client, Http.json(body));

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().get("id").asString()).isNotBlank();
        assertThat(response.header("Location")).isNotNull();
        assertThat(allCounts()).isEqualTo(before);
    }

    @Test
    void anUnknownOrSuspendedMunicipalityIsA404() {
        Http.Response unknown = post(http, "atlantis", client, Http.json(family(uniqueName("Nergens"))));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("type").asString()).endsWith("/public-municipality-not-found");
        assertThat(post(http, "Not_A_Code", client, Http.json(family(uniqueName("Nergens"))))
                        .status())
                .isEqualTo(404);

        String code = provision("aanmeld-" + Long.toString(System.nanoTime(), 36));
        assertThat(post(http, code, client, Http.json(family(uniqueName("Open"))))
                        .status())
                .as("served")
                .isEqualTo(201);
        Sql.execute("UPDATE platform.municipality SET status = 'SUSPENDED' WHERE code = ?", code);
        registry.refresh();

        String name = uniqueName("Dicht");
        Http.Response suspended = post(http, code, client, Http.json(family(name)));
        assertThat(suspended.status()).isEqualTo(404);
        assertThat(suspended.json().get("type").asString())
                .as("the same answer as for a code that never existed")
                .isEqualTo(unknown.json().get("type").asString());
        assertThat(stored(TenantCode.schemaFor(code), name)).isZero();
        Http.Response page = http.get("/aanmelden/" + code, null);
        assertThat(page.status()).as("the registration page too").isEqualTo(404);
        assertThat(page.body()).contains("Deze pagina bestaat niet");
    }

    @Test
    void theEndpointIsDocumentedInOpenApi() {
        JsonNode docs = http.get("/v3/api-docs", null).json();

        JsonNode post = docs.get("paths")
                .get("/api/v1/public/municipalities/{code}/registrations")
                .get("post");
        assertThat(post.get("responses").propertyNames()).contains("201", "200", "400", "404", "429");
        assertThat(post.toString()).contains("Idempotency-Key");
    }

    private static List<String> fields(Http.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        response.json()
                .get("errors")
                .forEach(error -> fields.add(error.get("field").asString()));
        return fields;
    }

    private String provision(String code) {
        Random random = new Random();
        for (int attempt = 0; ; attempt++) {
            try {
                provisioning.provision(new NewMunicipality(code, "Proef " + code, CbsCodes.free(), "buurtgezinnen"));
                return code;
            } catch (InvalidMunicipalityException e) {
                if (attempt == 5) {
                    throw e; // not a CBS code that happened to be taken
                }
            }
        }
    }
}
