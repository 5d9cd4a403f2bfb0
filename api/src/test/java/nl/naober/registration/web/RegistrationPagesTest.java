package nl.naober.registration.web;

import static nl.naober.registration.web.Html.attribute;
import static nl.naober.registration.web.Html.errorSummaryLinks;
import static nl.naober.registration.web.Html.tag;
import static nl.naober.registration.web.Registrations.allCounts;
import static nl.naober.registration.web.Registrations.families;
import static nl.naober.registration.web.Registrations.newClientAddress;
import static nl.naober.registration.web.Registrations.stored;
import static nl.naober.registration.web.Registrations.supportFamilies;
import static nl.naober.registration.web.Registrations.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.naober.programme.WorkingDays;
import nl.naober.support.Http;
import nl.naober.support.Sql;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The Dutch registration pages over real HTTP, as an anonymous visitor with cookies. */
@PublicRegistrationTest
class RegistrationPagesTest {

    @LocalServerPort
    int port;

    private PublicPages visitor;

    @BeforeEach
    void newVisitor() {
        visitor = new PublicPages(port, newClientAddress());
    }

    @Test
    void theChoicePageNamesTheMunicipalityAndProgrammeAndOffersBothPaths() {
        HttpResponse<String> page = visitor.get("/aanmelden/meppel");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("<html lang=\"nl\"", "name=\"viewport\"")
                .contains("Aanmelden bij Buurtgezinnen Meppel")
                .contains("href=\"/aanmelden/meppel/gezin\"", "Ik zoek steun voor mijn gezin")
                .contains("href=\"/aanmelden/meppel/steungezin\"", "Ik wil steungezin/steunouder worden")
                .contains("href=\"/aanmelden/meppel/privacy\"")
                .doesNotContain("Uitloggen", "Mijn werk");
        assertThat(visitor.get("/aanmelden/midden-drenthe").body())
                .contains("Aanmelden bij SteunouderNL Midden-Drenthe");
    }

    @Test
    void anUnknownMunicipalityIsADutch404Page() {
        for (String path :
                List.of("/aanmelden/atlantis", "/aanmelden/atlantis/gezin", "/aanmelden/NIET_GELDIG/privacy")) {
            HttpResponse<String> page = visitor.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(404);
            assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
            assertThat(page.body()).as(path).contains("Deze pagina bestaat niet", "lang=\"nl\"");
        }
        HttpResponse<String> post = visitor.postExactly("/aanmelden/atlantis/gezin", List.of());
        assertThat(post.statusCode())
                .as("no CSRF token either: back to the form, which does not exist")
                .isEqualTo(302);
        assertThat(visitor.follow(post).statusCode()).isEqualTo(404);
    }

    @Test
    void theFormHasAHiddenHoneypotAndATokenForDoubleSubmits() {
        String form = visitor.get("/aanmelden/meppel/gezin").body();

        String honeypot = tag(form, "website");
        assertThat(attribute(honeypot, "tabindex")).isEqualTo("-1");
        assertThat(attribute(honeypot, "autocomplete")).isEqualTo("off");
        assertThat(form).contains("<div class=\"hp\" aria-hidden=\"true\">");
        assertThat(visitor.token()).matches("[0-9a-f-]{36}");
        assertThat(form).contains("Stap 1 van 6", "Stap 6 van 6", "Hoeveel kinderen heb je?");
        assertThat(visitor.get("/aanmelden/meppel/steungezin").body())
                .contains("Voor hoeveel kinderen kun je tegelijk zorgen?")
                .doesNotContain("Hoeveel kinderen heb je?");
    }

    @Test
    void aFormWithErrorsComesBackWithEverythingTypedAndASummaryLinkedToTheFields() {
        String name = uniqueName("Fatima");
        Map<String, Integer> before = allCounts();
        visitor.get("/aanmelden/meppel/gezin");

        HttpResponse<String> page = visitor.post(
                "/aanmelden/meppel/gezin",
                List.of(
                        Map.entry("firstName", name),
                        Map.entry("lastName", ""),
                        Map.entry("email", "geen-adres"),
                        Map.entry("phone", ""),
                        Map.entry("postcode", "12"),
                        Map.entry("numberOfChildren", "twee"),
                        Map.entry("reasons", "POVERTY"),
                        Map.entry("reasons", "NO_OWN_NETWORK"),
                        Map.entry("dayParts", "MONDAY_MORNING"),
                        Map.entry("message", "Liefst na school"),
                        Map.entry("_consent", "on"),
                        Map.entry("website", "")));

        assertThat(page.statusCode()).isEqualTo(400);
        String html = page.body();
        assertThat(html).contains("<title>Fout: ");
        assertThat(errorSummaryLinks(html)).containsExactly("email", "postcode", "numberOfChildren", "consent");
        assertThat(html)
                .contains("Vul een e-mailadres in zoals naam@voorbeeld.nl.")
                .contains("Vul je postcode in zoals 7941 AB.")
                .contains("Vul het aantal kinderen in met cijfers, bijvoorbeeld 2.")
                .contains("Geef toestemming om je gegevens te gebruiken.");

        assertThat(attribute(tag(html, "firstName"), "value")).isEqualTo(name);
        assertThat(attribute(tag(html, "email"), "value")).isEqualTo("geen-adres");
        assertThat(attribute(tag(html, "postcode"), "value")).isEqualTo("12");
        assertThat(attribute(tag(html, "numberOfChildren"), "value")).isEqualTo("twee");
        assertThat(attribute(tag(html, "reason-POVERTY"), "checked")).isNotNull();
        assertThat(attribute(tag(html, "reason-NO_OWN_NETWORK"), "checked")).isNotNull();
        assertThat(attribute(tag(html, "reason-OTHER"), "checked")).isNull();
        assertThat(attribute(tag(html, "dayPart-MONDAY_MORNING"), "checked")).isNotNull();
        assertThat(Html.textarea(html, "message")).isEqualTo("Liefst na school");

        String email = tag(html, "email");
        assertThat(attribute(email, "aria-invalid")).isEqualTo("true");
        assertThat(attribute(email, "aria-describedby")).isEqualTo("email-error");
        assertThat(html).contains("id=\"email-error\"");
        assertThat(attribute(tag(html, "consent"), "aria-describedby")).isEqualTo("consent-hint consent-error");
        assertThat(attribute(tag(html, "firstName"), "aria-invalid")).isNull();
        assertThat(attribute(tag(html, "foutmeldingen"), "autofocus")).isNotNull();

        assertThat(allCounts()).isEqualTo(before);
    }

    @Test
    void aSentFormRedirectsToTheThankYouPageWithTheWorkingDaysAndStoresOnce() {
        String name = uniqueName("Anouk");
        visitor.get("/aanmelden/hoogeveen/gezin");
        String token = visitor.token();

        HttpResponse<String> sent = visitor.post("/aanmelden/hoogeveen/gezin", family(name, "anouk@voorbeeld.nl"));

        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(sent.headers().firstValue("Location").orElseThrow()).endsWith("/aanmelden/hoogeveen/bedankt");
        HttpResponse<String> thanks = visitor.follow(sent);
        assertThat(thanks.statusCode()).isEqualTo(200);
        String replyBy = Thanks.day(WorkingDays.plus(LocalDate.now(), 5));
        assertThat(thanks.body())
                .contains("Bedankt voor je aanmelding")
                .contains("Een coördinator neemt binnen 5 werkdagen contact met je op (uiterlijk " + replyBy + ").")
                .contains("Je krijgt een e-mail met een link om je e-mailadres te bevestigen.");
        assertThat(stored("t_hoogeveen", name)).isEqualTo(1);
        assertThat(families("t_hoogeveen", name)).isEqualTo(1);
        assertThat(Sql.strings(
                        "SELECT channel || ' ' || idempotency_key FROM t_hoogeveen.public_registration"
                                + " WHERE first_name = ?",
                        name))
                .containsExactly("FORM form:" + token);

        // The back button and "send" again: the same token, so no second family.
        HttpResponse<String> again = visitor.post("/aanmelden/hoogeveen/gezin", family(name, "anouk@voorbeeld.nl"));
        assertThat(again.statusCode()).isEqualTo(302);
        assertThat(visitor.follow(again).body()).contains("(uiterlijk " + replyBy + ")");
        assertThat(stored("t_hoogeveen", name)).isEqualTo(1);
        assertThat(visitor.follow(again).body())
                .as("reloaded, the page keeps its promise without the date")
                .contains("Een coördinator neemt binnen 5 werkdagen contact met je op.");
    }

    @Test
    void aSupportFamilyWithoutEmailIsToldTheCoordinatorCalls() {
        String name = uniqueName("Bert");
        visitor.get("/aanmelden/emmen/steungezin");

        HttpResponse<String> sent = visitor.post(
                "/aanmelden/emmen/steungezin",
                List.of(
                        Map.entry("firstName", name),
                        Map.entry("phone", "0591 123456"),
                        Map.entry("postcode", "7811 AB"),
                        Map.entry("capacity", "2"),
                        Map.entry("dayParts", "SATURDAY_MORNING"),
                        Map.entry("consent", "true"),
                        Map.entry("_consent", "on")));

        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
        assertThat(visitor.follow(sent).body())
                .contains("Verklaring Omtrent het Gedrag")
                .contains("De coördinator belt je.");
        assertThat(supportFamilies("t_emmen", name)).isEqualTo(1);
    }

    @Test
    void aFilledInHoneypotShowsTheThankYouPageAndStoresNothing() {
        String name = uniqueName("Robot");
        visitor.get("/aanmelden/meppel/gezin");
        List<Map.Entry<String, String>> fields = new ArrayList<>(family(name, null));
        fields.removeIf(field -> field.getKey().equals("website"));
        fields.add(Map.entry("website", "https://spam.example"));

        HttpResponse<String> sent = visitor.post("/aanmelden/meppel/gezin", fields);

        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(visitor.follow(sent).body()).contains("Bedankt voor je aanmelding");
        assertThat(stored("t_meppel", name)).isZero();
        assertThat(families("t_meppel", name)).isZero();
    }

    @Test
    void aFormWithoutItsCsrfTokenIsNotStoredAndTheVisitorIsToldWhy() {
        String name = uniqueName("Zonder");

        HttpResponse<String> refused = visitor.postExactly("/aanmelden/meppel/gezin", family(name, null));

        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(refused.headers().firstValue("Location").orElseThrow())
                .endsWith("/aanmelden/meppel/gezin?niet-verstuurd");
        assertThat(visitor.follow(refused).body()).contains("Je aanmelding is nog niet verstuurd", "cookies");
        assertThat(stored("t_meppel", name)).isZero();
    }

    @Test
    void tooManyRegistrationsFromOneAddressKeepTheFormAndSay429() {
        Http http = new Http(port);
        String address = newClientAddress();
        for (int i = 0; i < PublicRegistrationTest.PER_CLIENT; i++) {
            Http.Response response =
                    Registrations.post(http, "meppel", address, Http.json(Registrations.family(uniqueName("Vol"))));
            assertThat(response.status()).isEqualTo(201);
        }
        PublicPages sameAddress = new PublicPages(port, address);
        sameAddress.get("/aanmelden/meppel/gezin");
        String name = uniqueName("Wacht");

        HttpResponse<String> page = sameAddress.post("/aanmelden/meppel/gezin", family(name, null));

        assertThat(page.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(page.headers().firstValue("Retry-After").orElseThrow()))
                .isPositive();
        // Past the allowance a proof of work is asked (PublicRegistrationProofOfWorkTest), not a plain refusal.
        assertThat(page.body()).contains("Nog één stap: even controleren", "Wat je hebt ingevuld, blijft staan.");
        assertThat(attribute(tag(page.body(), "firstName"), "value")).isEqualTo(name);
        assertThat(stored("t_meppel", name)).isZero();
    }

    @Test
    void thePrivacyStatementShowsItsVersionAndHowLongDataIsKept() {
        HttpResponse<String> page = visitor.get("/aanmelden/de-wolden/privacy");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Privacyverklaring aanmelden Buurtgezinnen De Wolden")
                .contains("Versie 2026-2")
                .contains("Dat logboek bewaren we 5 jaar")
                .contains("de geboortedag van je kinderen (het geboortejaar blijft)")
                .contains("Hoe lang bewaren we je gegevens?")
                .containsPattern("nog \\d+ (jaar|maanden?)\\.")
                .contains("Autoriteit Persoonsgegevens");
    }

    private static List<Map.Entry<String, String>> family(String firstName, String email) {
        List<Map.Entry<String, String>> fields = new ArrayList<>(List.of(
                Map.entry("firstName", firstName),
                Map.entry("lastName", "de Vries"),
                Map.entry("phone", "06 98765432"),
                Map.entry("postcode", "7901 AA"),
                Map.entry("houseNumber", "3"),
                Map.entry("numberOfChildren", "3"),
                Map.entry("reasons", "SINGLE_PARENT_SEVERAL_CHILDREN"),
                Map.entry("dayParts", "FRIDAY_AFTERNOON"),
                Map.entry("message", ""),
                Map.entry("consent", "true"),
                Map.entry("_consent", "on"),
                Map.entry("website", "")));
        if (email != null) {
            fields.add(Map.entry("email", email));
        }
        return fields;
    }
}
