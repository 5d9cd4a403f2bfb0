package nl.naober.administration.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import nl.naober.mail.MailPurpose;
import nl.naober.mail.MailStatus;
import nl.naober.mail.OutboxMailView;
import org.junit.jupiter.api.Test;

/**
 * The outbox screen shows staff addresses, but of a registrant only the domain; never what a mail says, and no
 * address inside the server's error.
 */
class RegistrantAddressTest {

    @Test
    void aConfirmationShowsOnlyTheDomainOfTheRegistrantsAddress() {
        assertThat(MunicipalOutboxes.forOperators(mail(MailPurpose.REGISTRATION_CONFIRMATION, "anna.jansen@gmail.com"))
                        .recipient())
                .isEqualTo("…@gmail.com");
        assertThat(MunicipalOutboxes.forOperators(mail(MailPurpose.NEW_REGISTRATION, "co@welzijn.nl"))
                        .recipient())
                .isEqualTo("co@welzijn.nl");
        assertThat(MunicipalOutboxes.forOperators(mail(MailPurpose.DAILY_DIGEST, "co@welzijn.nl"))
                        .recipient())
                .isEqualTo("co@welzijn.nl");
    }

    @Test
    void noBodyAndNoAddressInTheServersError() {
        OutboxMailView refused = new OutboxMailView(
                UUID.randomUUID(),
                MailPurpose.REGISTRATION_CONFIRMATION,
                "anna.jansen@gmail.com",
                "Uw aanmelding",
                "Hallo Anna, ...",
                Instant.EPOCH,
                MailStatus.PENDING,
                2,
                Instant.EPOCH,
                "550 5.1.1 <anna.jansen@gmail.com>: Recipient address rejected (to anna.jansen@gmail.com)",
                null);
        OutboxMailView shown = MunicipalOutboxes.forOperators(refused);
        assertThat(shown.body()).isNull();
        assertThat(shown.lastError())
                .isEqualTo("550 5.1.1 <…@gmail.com>: Recipient address rejected (to …@gmail.com)")
                .doesNotContain("anna");
        assertThat(shown.subject()).isEqualTo("Uw aanmelding");
    }

    private static OutboxMailView mail(MailPurpose purpose, String recipient) {
        return new OutboxMailView(
                UUID.randomUUID(),
                purpose,
                recipient,
                "Onderwerp",
                "Tekst",
                Instant.EPOCH,
                MailStatus.PENDING,
                0,
                Instant.EPOCH,
                null,
                null);
    }
}
