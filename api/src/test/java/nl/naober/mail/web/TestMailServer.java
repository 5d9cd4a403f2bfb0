package nl.naober.mail.web;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The SMTP server of the mail tests: a GreenMail on a port chosen once per run and configured in the application as
 * {@code spring.mail.host/port}, so a test can start with the server down and bring it up later.
 */
public final class TestMailServer {

    public static final String HOST = "127.0.0.1";
    private static final int PORT = freePort();

    private TestMailServer() {}

    public static int port() {
        return PORT;
    }

    /** A fresh server with an empty mailbox; stop it at the end of the test. */
    public static GreenMail start() {
        GreenMail server = new GreenMail(new ServerSetup(PORT, HOST, ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    /** How many messages each recipient address received. */
    public static Map<String, Integer> receivedPerRecipient(GreenMail server) {
        Map<String, Integer> counts = new TreeMap<>();
        for (MimeMessage message : server.getReceivedMessages()) {
            counts.merge(to(message), 1, Integer::sum);
        }
        return counts;
    }

    public static String to(MimeMessage message) {
        try {
            return message.getHeader("To", ",");
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Points the application's mail sender at the test server. */
    public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of("spring.mail.host=" + HOST, "spring.mail.port=" + PORT)
                    .applyTo(context);
        }
    }
}
