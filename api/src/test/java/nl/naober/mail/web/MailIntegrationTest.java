package nl.naober.mail.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import nl.naober.support.TestDatabaseInitializer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * As {@code @NaoberIntegrationTest}, with an SMTP server configured ({@link TestMailServer}, not started), the
 * {@link TestClock} and no timers or send-after-commit: the tests call the jobs and the dispatcher themselves.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "naober.security.bcrypt-strength=4",
            "naober.demo.case-data.enabled=false",
            "naober.jobs.enabled=false",
            "naober.public-url=https://naober.example/",
            "naober.mail.from=Naober <noreply@naober.example>",
            "naober.mail.timeout=PT3S"
        })
@ContextConfiguration(initializers = {TestDatabaseInitializer.class, TestMailServer.Initializer.class})
@Import(TestClock.Configuration.class)
public @interface MailIntegrationTest {}
