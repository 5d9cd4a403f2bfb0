package nl.naober.registration.web;

import static nl.naober.registration.web.Registrations.newClientAddress;
import static nl.naober.registration.web.Registrations.otherSchemas;
import static nl.naober.registration.web.Registrations.stored;
import static nl.naober.registration.web.Registrations.uniqueName;
import static nl.naober.support.CaseWork.created;
import static nl.naober.support.CaseWork.ok;
import static nl.naober.support.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.naober.demo.DemoCatalog;
import nl.naober.jobs.OutboxJob;
import nl.naober.mail.web.MailIntegrationTest;
import nl.naober.mail.web.TestClock;
import nl.naober.mail.web.TestMailServer;
import nl.naober.support.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The first "done when", end to end: a family registers through the public form for Midden-Drenthe; it is
 * in Midden-Drenthe's inbox and nowhere else; each coordinator of Midden-Drenthe receives one mail, the registrant
 * one (the link that confirms their address), through a real SMTP server, and no mail names more than the first name.
 */
@MailIntegrationTest
class FamilyRegistersInMiddenDrentheTest {

    static final String ADMIN = basic("admin.steunoudernl");
    static final String MIDDEN_DRENTHE = "/api/v1/admin/municipalities/midden-drenthe";

    @LocalServerPort
    int port;

    @Autowired
    OutboxJob outbox;

    GreenMail server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop();
        }
        TestClock.INSTANCE.reset();
    }

    @Test
    void theFamilyIsInMiddenDrenthesInboxOnlyAndEveryoneIsMailedOnce() throws Exception {
        server = TestMailServer.start();
        Http http = new Http(port);
        String secondCoordinator = secondCoordinatorWithAnAddress(http);
        String name = uniqueName("Fenna");
        String registrantAddress = name.toLowerCase() + "@voorbeeld.nl";

        PublicPages visitor = new PublicPages(port, newClientAddress());
        assertThat(visitor.get("/aanmelden/midden-drenthe/gezin").body()).contains("Midden-Drenthe");
        HttpResponse<String> sent = visitor.post("/aanmelden/midden-drenthe/gezin", family(name, registrantAddress));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
        assertThat(visitor.follow(sent).body())
                .contains("Bedankt voor je aanmelding")
                .contains("werkdagen");

        JsonNode inbox = ok(http.get(
                "/api/v1/municipalities/midden-drenthe/registrations?size=100", basic("coordinator.midden-drenthe")));
        assertThat(inbox.get("content").findValuesAsString("firstName")).containsOnlyOnce(name);
        assertThat(stored("t_midden_drenthe", name)).isEqualTo(1);
        for (String other : otherSchemas("t_midden_drenthe")) {
            assertThat(stored(other, name)).as(other).isZero();
        }

        outbox.dispatchAll(); // the after-commit dispatch may have sent them already; this sends what is left
        outbox.dispatchAll();
        server.waitForIncomingEmail(5_000, 3);

        Map<String, Integer> received = TestMailServer.receivedPerRecipient(server);
        assertThat(received)
                .containsEntry(DemoCatalog.demoEmail("coordinator.midden-drenthe"), 1)
                .containsEntry(secondCoordinator + "@welzijn-md.example", 1)
                .containsEntry(registrantAddress, 1)
                .hasSize(3);
        for (MimeMessage message : server.getReceivedMessages()) {
            String text = GreenMailUtil.getBody(message);
            assertThat(text).doesNotContain("de Vries", "7901", "06 98765432");
            if (TestMailServer.to(message).equals(registrantAddress)) {
                // Anyone can type any address into the form: what goes there must not carry what they typed, and
                // the first mail only asks to confirm the address (AddressConfirmationTest follows it further).
                assertThat(message.getSubject()).isEqualTo("Bevestig je e-mailadres");
                assertThat(text).startsWith("Hallo,").doesNotContain(name);
            } else {
                assertThat(text).contains(name);
                assertThat(message.getSubject()).isEqualTo("Nieuwe aanmelding voor SteunouderNL Midden-Drenthe");
                assertThat(text).contains("https://naober.example/werk");
            }
        }
    }

    /** Midden-Drenthe's demo coordinator has an address; a second one gets one from the network admin. */
    private static String secondCoordinatorWithAnAddress(Http http) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String organisation = created(http.post(
                        MIDDEN_DRENTHE + "/welfare-organisations",
                        ADMIN,
                        Http.json(Map.of(
                                "name", "Welzijnswerk Midden-Drenthe " + suffix,
                                "contactPerson", "Petra Jansen",
                                "email", "info@welzijn-md.example",
                                "phone", "0593 123456",
                                "kvkNumber", "12345670"))))
                .get("id")
                .asString();
        String username = "coordinator.md-" + suffix;
        Map<String, Object> user = new HashMap<>();
        user.put("username", username);
        user.put("role", "COORDINATOR");
        user.put("welfareOrganisationId", organisation);
        user.put("email", username + "@welzijn-md.example");
        created(http.post(MIDDEN_DRENTHE + "/users", ADMIN, Http.json(user)));
        return username;
    }

    private static List<Map.Entry<String, String>> family(String firstName, String email) {
        return List.of(
                Map.entry("firstName", firstName),
                Map.entry("lastName", "de Vries"),
                Map.entry("email", email),
                Map.entry("phone", "06 98765432"),
                Map.entry("postcode", "7901 AA"),
                Map.entry("numberOfChildren", "2"),
                Map.entry("reasons", "NO_OWN_NETWORK"),
                Map.entry("dayParts", "WEDNESDAY_AFTERNOON"),
                Map.entry("message", ""),
                Map.entry("consent", "true"),
                Map.entry("_consent", "on"),
                Map.entry("website", ""));
    }
}
