package nl.naober.api.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import nl.naober.core.mail.MailPurpose;
import nl.naober.core.mail.MailStatus;
import nl.naober.core.mail.OutboxMailView;
import org.junit.jupiter.api.Test;

/** The outbox screen shows staff addresses, but of a registrant only the domain. */
class RegistrantAddressTest {

    @Test
    void aConfirmationShowsOnlyTheDomainOfTheRegistrantsAddress() {
        assertThat(MunicipalOutboxes.withoutRegistrantAddress(
                                mail(MailPurpose.REGISTRATION_CONFIRMATION, "anna.jansen@gmail.com"))
                        .recipient())
                .isEqualTo("…@gmail.com");
        assertThat(MunicipalOutboxes.withoutRegistrantAddress(mail(MailPurpose.NEW_REGISTRATION, "co@welzijn.nl"))
                        .recipient())
                .isEqualTo("co@welzijn.nl");
        assertThat(MunicipalOutboxes.withoutRegistrantAddress(mail(MailPurpose.DAILY_DIGEST, "co@welzijn.nl"))
                        .recipient())
                .isEqualTo("co@welzijn.nl");
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
