package nl.naober.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import nl.naober.support.TestDatabaseInitializer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * Naober as {@code NaoberIntegrationTest} starts it, but behind a proxy: {@code server.forward-headers-strategy=native}
 * (Tomcat trusts {@code X-Forwarded-For} and {@code X-Forwarded-Proto} from loopback and private addresses, so a test
 * can speak as several client addresses, over http or https), the login limits at their defaults, and a screen
 * session's absolute lifetime of four seconds instead of ten hours. One context for the classes that use it.
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
            "server.forward-headers-strategy=native",
            "naober.security.session.absolute-timeout=PT4S"
        })
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@interface BehindAProxy {}
