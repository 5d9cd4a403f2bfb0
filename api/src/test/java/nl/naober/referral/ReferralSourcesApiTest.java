package nl.naober.referral;

import static nl.naober.support.CaseWork.created;
import static nl.naober.support.CaseWork.id;
import static nl.naober.support.CaseWork.ok;
import static nl.naober.support.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.naober.support.Http;
import nl.naober.support.NaoberIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Issue 16, referral sources: a family is registered with the referrer programmes report by (a wijkteam, the GP, …)
 * and the organisation as text; the codes of before are refused with the accepted ones; the funnel splits by them.
 */
@NaoberIntegrationTest
class ReferralSourcesApiTest {

    static final String FAMILIES = "/api/v1/municipalities/meppel/families";
    static final List<String> SOURCES = List.of(
            "SELF_REGISTRATION",
            "WIJKTEAM_CJG",
            "GENERAL_PRACTITIONER",
            "SCHOOL_CHILDCARE",
            "YOUTH_HEALTH_CARE",
            "SOCIAL_WORK_DEBT_ADVICE",
            "OTHER");

    @LocalServerPort
    int port;

    Http http;
    String coordinator;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        coordinator = basic("coordinator.meppel");
    }

    @Test
    void aWijkteamReferralIsRegisteredAndReadBackWithItsOrganisation() {
        JsonNode family =
                created(http.post(FAMILIES, coordinator, family("Bron Wijkteam", "WIJKTEAM_CJG", "CJG Meppel")));
        assertThat(family.get("source").asString()).isEqualTo("WIJKTEAM_CJG");
        assertThat(family.get("referringOrganisation").asString()).isEqualTo("CJG Meppel");

        JsonNode read = ok(http.get(FAMILIES + "/" + id(family), coordinator));
        assertThat(read.get("source").asString()).isEqualTo("WIJKTEAM_CJG");
        assertThat(read.get("referringOrganisation").asString()).isEqualTo("CJG Meppel");

        JsonNode byDefault = created(http.post(FAMILIES, coordinator, family("Bron Zelf", null, null)));
        assertThat(byDefault.get("source").asString())
                .as("no source given: the family came by itself")
                .isEqualTo("SELF_REGISTRATION");
        JsonNode gp = created(http.post(FAMILIES, coordinator, family("Bron Huisarts", "GENERAL_PRACTITIONER", null)));
        assertThat(gp.get("source").asString())
                .as("a known referrer needs no organisation")
                .isEqualTo("GENERAL_PRACTITIONER");
    }

    @Test
    void theCodesOfBeforeAreRefusedWithTheAcceptedOnes() {
        for (String old : List.of("PUBLIC_FORM", "COORDINATOR", "PROFESSIONAL_REFERRAL")) {
            Http.Response refused = http.post(FAMILIES, coordinator, family("Bron Oud " + old, old, "Wijkteam Meppel"));
            assertThat(refused.status()).as(old + ": " + refused.body()).isEqualTo(400);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            JsonNode error = refused.json().get("errors").get(0);
            assertThat(error.get("field").asString()).isEqualTo("source");
            assertThat(error.get("message").asString())
                    .isEqualTo("Deze waarde kennen we niet. Toegestaan: " + String.join(", ", SOURCES) + ".");
        }
    }

    @Test
    void otherNeedsTheOrganisationAndASelfRegistrationNamesNone() {
        Http.Response other = http.post(FAMILIES, coordinator, family("Bron Anders", "OTHER", " "));
        assertThat(other.status()).as(other.body()).isEqualTo(409);
        assertThat(other.json().get("rules").get(0).get("rule").asString())
                .isEqualTo("rule.referral-needs-organisation");

        Http.Response self =
                http.post(FAMILIES, coordinator, family("Bron Zelf Met", "SELF_REGISTRATION", "Wijkteam Meppel"));
        assertThat(self.status()).as(self.body()).isEqualTo(409);
        assertThat(self.json().get("rules").get(0).get("rule").asString())
                .isEqualTo("rule.self-registration-names-no-organisation");

        JsonNode named = created(http.post(FAMILIES, coordinator, family("Bron Anders Met", "OTHER", "Kerk De Ark")));
        assertThat(named.get("source").asString()).isEqualTo("OTHER");
        assertThat(named.get("referringOrganisation").asString()).isEqualTo("Kerk De Ark");
    }

    @Test
    void theOpenApiListsTheReferrersAndTheFunnelHasARowForEach() {
        JsonNode apiDocs = ok(http.get("/v3/api-docs", null));
        List<String> listed = new ArrayList<>();
        apiDocs.get("components")
                .get("schemas")
                .get("NewFamily")
                .get("properties")
                .get("source")
                .get("enum")
                .forEach(value -> listed.add(value.asString()));
        assertThat(listed).containsExactlyElementsOf(SOURCES);

        LocalDate month = LocalDate.now().withDayOfMonth(1).minusMonths(1);
        JsonNode report = ok(http.get(
                "/api/v1/municipalities/meppel/monitoring?from=" + month + "&to="
                        + month.plusMonths(1).minusDays(1),
                basic("policy.meppel")));
        List<String> rows = new ArrayList<>();
        for (JsonNode table : report.get("tables")) {
            if (table.get("key").asString().equals("instroom-per-bron")) {
                table.get("rows").forEach(row -> rows.add(row.get("label").asString()));
            }
        }
        assertThat(rows)
                .contains(
                        "Zelf aangemeld",
                        "Wijkteam / CJG",
                        "Huisarts",
                        "School of kinderopvang",
                        "Jeugdgezondheidszorg",
                        "Maatschappelijk werk of schuldhulp",
                        "Anders");
    }

    static String family(String name, String source, String organisation) {
        Map<String, Object> family = new LinkedHashMap<>();
        family.put("parentName", name + " " + System.nanoTime());
        family.put("postcode", "7941 AB");
        family.put("numberOfChildren", 1);
        if (source != null) {
            family.put("source", source);
        }
        if (organisation != null) {
            family.put("referringOrganisation", organisation);
        }
        family.put("consentGiven", true);
        return Http.json(family);
    }
}
