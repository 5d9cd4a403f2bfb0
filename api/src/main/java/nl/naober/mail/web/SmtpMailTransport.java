package nl.naober.mail.web;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;
import nl.naober.mail.MailNotAccepted;
import nl.naober.mail.MailTransport;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends outbox mail through the SMTP server of {@code spring.mail.*}, from {@code naober.mail.from}. Absent when no
 * {@code spring.mail.host} is set: the outbox then keeps everything PENDING.
 */
@Component
@ConditionalOnProperty(prefix = "spring.mail", name = "host")
class SmtpMailTransport implements MailTransport {

    /** Jakarta Mail waits forever by default; a row stays locked while its mail is sent. */
    private static final String[] TIMEOUTS = {
        "mail.smtp.connectiontimeout", "mail.smtp.timeout", "mail.smtp.writetimeout"
    };

    private final JavaMailSender sender;
    private final String from;
    private final String messageIdDomain;

    SmtpMailTransport(
            JavaMailSender sender,
            @Value("${naober.mail.from:noreply@naober.local}") String from,
            @Value("${naober.mail.timeout:PT10S}") Duration timeout) {
        this.sender = sender;
        this.from = from;
        this.messageIdDomain = domainOf(from);
        limitWaiting(sender, timeout);
    }

    @Override
    public void send(Delivery delivery) {
        try {
            MimeMessage message = new FixedIdMimeMessage(session(), messageId(delivery));
            MimeMessageHelper mail = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
            mail.setFrom(from);
            mail.setTo(delivery.to());
            mail.setSubject(delivery.subject());
            mail.setText(delivery.body(), false);
            sender.send(message);
        } catch (MailException | MessagingException refused) {
            throw new MailNotAccepted(ServerError.of(refused), refused);
        }
    }

    /** The same on every attempt of one outbox row, so a receiver can tell a resend from a new mail. */
    private String messageId(Delivery delivery) {
        return "<" + delivery.outboxId() + "@" + messageIdDomain + ">";
    }

    /** "noreply@naober.nl" and "Naober <noreply@naober.nl>" both give naober.nl. */
    private static String domainOf(String from) {
        try {
            String address = new InternetAddress(from).getAddress();
            return address.substring(address.lastIndexOf('@') + 1);
        } catch (AddressException invalid) {
            throw new IllegalStateException("naober.mail.from is not an e-mail address", invalid);
        }
    }

    private Session session() {
        return sender.createMimeMessage().getSession();
    }

    /** Time-outs from {@code naober.mail.timeout} unless {@code spring.mail.properties} sets them. */
    private static void limitWaiting(JavaMailSender sender, Duration timeout) {
        if (sender instanceof JavaMailSenderImpl impl) {
            Properties properties = impl.getJavaMailProperties();
            for (String name : TIMEOUTS) {
                properties.putIfAbsent(name, String.valueOf(timeout.toMillis()));
            }
            impl.setJavaMailProperties(properties); // drops a session made before, with the old properties
        }
    }

    /** Jakarta Mail would give every attempt a new Message-ID when the message is saved. */
    private static final class FixedIdMimeMessage extends MimeMessage {
        private final String messageId;

        FixedIdMimeMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
