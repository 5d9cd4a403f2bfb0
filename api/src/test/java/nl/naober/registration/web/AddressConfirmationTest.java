package nl.naober.registration.web;

import static nl.naober.registration.web.Registrations.newClientAddress;
import static nl.naober.registration.web.Registrations.uniqueName;
import static nl.naober.support.CaseWork.ok;
import static nl.naober.support.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.naober.jobs.OutboxJob;
import nl.naober.mail.web.MailIntegrationTest;
import nl.naober.mail.web.TestClock;
import nl.naober.mail.web.TestMailServer;
import nl.naober.support.Http;
import nl.naober.support.Sql;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Issue 14: anyone can type any address into the public form, so the first and only mail to it is a fixed-text link
 * to confirm it; the receipt waits until the link is used, once, within 7 days. Through a real SMTP server.
 */
@MailIntegrationTest
class AddressConfirmationTest {

    private static final Pattern LINK =
            Pattern.compile("https://naober\\.example(/aanmelden/hoogeveen/bevestigen/[A-Za-z0-9_-]+)");

    @LocalServerPort
    int port;

    @Autowired
    OutboxJob outbox;

    GreenMail server;

    @BeforeEach
    void startServer() {
        server = TestMailServer.start();
    }

    @AfterEach
    void stopServer() {
        server.stop();
        TestClock.INSTANCE.reset();
    }

    @Test
    void theRegistrantIsMailedOnlyTheLinkUntilTheyConfirmThenTheReceiptOnceAndTheLinkWorksOnce() throws Exception {
        String name = uniqueName("Bevestig");
        String address = name.toLowerCase() + "@voorbeeld.nl";
        PublicPages visitor = new PublicPages(port, newClientAddress());
        register(visitor, name, address);
        register(new PublicPages(port, newClientAddress()), name + "b", address); // the same address again

        List<MimeMessage> toRegistrant = mailsTo(address);
        assertThat(toRegistrant)
                .as("only the link, once, for two registrations")
                .hasSize(1);
        MimeMessage link = toRegistrant.get(0);
        assertThat(link.getSubject()).isEqualTo("Bevestig je e-mailadres");
        String text = GreenMailUtil.getBody(link);
        assertThat(text).startsWith("Hallo,").doesNotContain(name).doesNotContain("Jansen");
        assertThat(registrationAddressStates(name)).containsOnly("UNCONFIRMED");

        String path = linkIn(text);
        HttpResponse<String> offer = visitor.get(path);
        assertThat(offer.statusCode()).isEqualTo(200);
        assertThat(offer.body()).contains("Bevestig je e-mailadres", "Ja, dit is mijn e-mailadres");
        assertThat(offer.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(mailsTo(address))
                .as("opening the link (a mail filter does) confirms nothing")
                .hasSize(1);

        HttpResponse<String> confirmed = visitor.post(path, List.of());
        assertThat(confirmed.statusCode()).isEqualTo(200);
        assertThat(confirmed.body()).contains("Je e-mailadres is bevestigd");
        List<MimeMessage> after = mailsTo(address);
        assertThat(after).hasSize(3);
        assertThat(after.stream().map(AddressConfirmationTest::subject))
                .containsExactly(
                        "Bevestig je e-mailadres",
                        "We hebben je aanmelding ontvangen",
                        "We hebben je aanmelding ontvangen");
        assertThat(registrationAddressStates(name)).containsOnly("CONFIRMED");
        JsonNode inbox = ok(new Http(port)
                .get("/api/v1/municipalities/hoogeveen/registrations?size=200", basic("coordinator.hoogeveen")));
        assertThat(inbox.get("content").findValues("address").stream()
                        .map(JsonNode::asString)
                        .toList())
                .contains("CONFIRMED");

        HttpResponse<String> again = visitor.post(path, List.of());
        assertThat(again.statusCode()).isEqualTo(404);
        assertThat(again.body()).contains("Deze link werkt niet (meer)").doesNotContain(address);
        assertThat(visitor.get(path).body()).contains("Deze link werkt niet (meer)");
        assertThat(mailsTo(address)).as("a used link releases nothing more").hasSize(3);

        register(new PublicPages(port, newClientAddress()), name + "c", address);
        assertThat(mailsTo(address))
                .as("a confirmed address gets the receipt straight away")
                .hasSize(4);
    }

    @Test
    void anExpiredOrUnknownLinkConfirmsNothingAndSaysNotWhoseAddress() throws Exception {
        String name = uniqueName("Verlopen");
        String address = name.toLowerCase() + "@voorbeeld.nl";
        PublicPages visitor = new PublicPages(port, newClientAddress());
        register(visitor, name, address);
        String path = linkIn(GreenMailUtil.getBody(mailsTo(address).get(0)));

        TestClock.INSTANCE.advance(Duration.ofDays(7).plusMinutes(1));
        HttpResponse<String> offer = visitor.get(path);
        assertThat(offer.statusCode()).isEqualTo(404);
        assertThat(offer.body()).contains("Deze link werkt niet (meer)").doesNotContain("Ja, dit is mijn");
        HttpResponse<String> confirmed = visitor.post(path, List.of());
        assertThat(confirmed.statusCode()).isEqualTo(404);
        assertThat(mailsTo(address)).hasSize(1);
        assertThat(registrationAddressStates(name)).containsOnly("UNCONFIRMED");

        HttpResponse<String> unknown = visitor.get("/aanmelden/hoogeveen/bevestigen/" + "A".repeat(43));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).isEqualTo(offer.body());

        register(new PublicPages(port, newClientAddress()), name + "b", address);
        assertThat(mailsTo(address))
                .as("after the first link expired, a new registration may mail a new link")
                .extracting(AddressConfirmationTest::subject)
                .containsExactly("Bevestig je e-mailadres", "Bevestig je e-mailadres");
    }

    private void register(PublicPages visitor, String name, String address) {
        visitor.get("/aanmelden/hoogeveen/gezin");
        HttpResponse<String> sent = visitor.post("/aanmelden/hoogeveen/gezin", family(name, address));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
    }

    /** Every mail the server received for the address, after the dispatcher sent all it could. */
    private List<MimeMessage> mailsTo(String address) throws Exception {
        outbox.dispatchAll();
        outbox.dispatchAll();
        Thread.sleep(200);
        return Arrays.stream(server.getReceivedMessages())
                .filter(m -> TestMailServer.to(m).equals(address))
                .toList();
    }

    private static List<String> registrationAddressStates(String name) {
        return Sql.strings(
                "SELECT CASE WHEN address_confirmed_at IS NULL THEN 'UNCONFIRMED' ELSE 'CONFIRMED' END"
                        + " FROM t_hoogeveen.public_registration WHERE first_name LIKE ?",
                name + "%");
    }

    private static String linkIn(String text) {
        Matcher link = LINK.matcher(text.replace("=\r\n", "").replace("=\n", ""));
        assertThat(link.find()).as(text).isTrue();
        return link.group(1);
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Map.Entry<String, String>> family(String firstName, String email) {
        return List.of(
                Map.entry("firstName", firstName),
                Map.entry("lastName", "Jansen"),
                Map.entry("email", email),
                Map.entry("postcode", "7901 AA"),
                Map.entry("numberOfChildren", "2"),
                Map.entry("consent", "true"),
                Map.entry("_consent", "on"),
                Map.entry("website", ""));
    }
}
