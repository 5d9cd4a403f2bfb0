package nl.naober.dates;

import static nl.naober.support.CaseWork.id;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.naober.account.LocalAccounts;
import nl.naober.municipality.MunicipalityProvisioning;
import nl.naober.support.Browser;
import nl.naober.support.Http;
import nl.naober.support.NaoberIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Issue 16, every event on its real date, on the screens (real HTTP, no browser): the support family registration
 * form and a proposal on the suggestions page take "Datum (als het eerder gebeurde)"; a future or impossible date
 * comes back with its Dutch message; the reopen confirmation refuses a day before the family left at the field.
 */
@NaoberIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventDatesScreensTest {

    @LocalServerPort
    int port;

    @Autowired
    MunicipalityProvisioning provisioning;

    @Autowired
    LocalAccounts accounts;

    DatedCaseWork work;
    Browser coordinator;

    @BeforeAll
    void onboard() {
        work = DatedCaseWork.onboard(new Http(port), provisioning, accounts, "datumscherm");
        coordinator = Browser.loggedIn(port, "coordinator." + work.code);
    }

    @Test
    void aSupportFamilyRegisteredOnTheScreenTakesItsDayAndNotAFutureOne() {
        HttpResponse<String> future = coordinator.post(
                "/steungezinnen/nieuw",
                List.of(
                        Map.entry("householdName", "Scherm Steungezin Toekomst"),
                        Map.entry("postcode", "7811 AB"),
                        Map.entry("capacity", "1"),
                        Map.entry(
                                "registrationDate", LocalDate.now().plusDays(3).toString())));
        assertThat(future.statusCode()).isEqualTo(200);
        assertThat(future.body())
                .contains("Datum (als het eerder gebeurde)")
                .contains("Deze datum kan niet in de toekomst liggen.");

        HttpResponse<String> registered = coordinator.post(
                "/steungezinnen/nieuw",
                List.of(
                        Map.entry("householdName", "Scherm Steungezin Eerder"),
                        Map.entry("postcode", "7811 AB"),
                        Map.entry("capacity", "1"),
                        Map.entry("registrationDate", "2021-02-01")));
        assertThat(registered.statusCode()).isEqualTo(200);
        assertThat(registered.uri().getPath()).startsWith("/steungezinnen/");
        assertThat(registered.body())
                .contains("<time datetime=\"2021-02-01\">01-02-2021</time>")
                .contains(" · vastgelegd ");
        JsonNode stored = work.get(registered.uri().getPath().replace("/steungezinnen/", "/support-families/"));
        assertThat(stored.get("registrationDate").asString()).isEqualTo("2021-02-01");
    }

    @Test
    void aProposalOnTheSuggestionsPageTakesItsDayOrSaysWhyNot() {
        // a VOG still valid today: the suggestions page only offers support families that could be proposed today
        JsonNode supportFamily = work.availableSupportFamily(
                "Scherm Steungezin Voorstel", "2024-05-01", "2024-05-10", "2024-05-20", "2024-06-01");
        JsonNode family = work.waitingFamily("Scherm Gezin Voorstel", "2024-06-01", "2024-06-10", "2024-06-20");
        String page = "/gezinnen/" + id(family) + "/suggesties";
        assertThat(coordinator.get(page).body()).contains("Datum (als het eerder gebeurde)");

        HttpResponse<String> early = coordinator.post(page, proposal(family, supportFamily, "2024-06-15"));
        assertThat(early.uri().getPath()).isEqualTo(page);
        assertThat(early.body()).contains("Deze datum ligt vóór de vorige statuswijziging van het gezin (20-06-2024).");

        HttpResponse<String> proposed = coordinator.post(page, proposal(family, supportFamily, "2024-07-01"));
        assertThat(proposed.uri().getPath()).startsWith("/koppelingen/");
        assertThat(proposed.body())
                .contains("<time datetime=\"2024-07-01\">01-07-2024</time>")
                .contains(" · vastgelegd ");
        JsonNode match = work.get(proposed.uri().getPath().replace("/koppelingen/", "/matches/"));
        assertThat(match.get("proposedOn").asString()).isEqualTo("2024-07-01");
    }

    @Test
    void theReopenConfirmationRefusesADayBeforeTheFamilyLeftAtTheField() {
        JsonNode family = work.waitingFamily("Scherm Gezin Heropenen", "2021-06-01", "2021-06-10", "2021-06-20");
        JsonNode withdrawn = work.familyStatus(family, "WITHDRAWN", "2021-07-01");
        HttpResponse<String> refused = coordinator.post(
                "/gezinnen/" + id(family) + "/heropenen",
                List.of(
                        Map.entry("reason", "Per ongeluk"),
                        Map.entry(
                                "version",
                                String.valueOf(withdrawn.get("version").asLong())),
                        Map.entry("reopenedOn", "2021-06-25")));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body())
                .contains("id=\"reopen-reopenedOn-error\"")
                .contains("Deze datum ligt vóór de vorige statuswijziging (01-07-2021).")
                .contains("value=\"2021-06-25\"");
        assertThat(work.current(family).get("status").asString()).isEqualTo("WITHDRAWN");
    }

    private static List<Map.Entry<String, String>> proposal(JsonNode family, JsonNode supportFamily, String on) {
        return List.of(
                Map.entry("supportFamilyId", id(supportFamily).toString()),
                Map.entry("childIds", family.get("children").get(0).get("id").asString()),
                Map.entry("dayParts", "WEDNESDAY_AFTERNOON"),
                Map.entry("proposedOn", on));
    }
}
