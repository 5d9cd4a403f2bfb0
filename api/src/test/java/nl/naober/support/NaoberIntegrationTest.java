package nl.naober.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a random port against the shared real PostgreSQL, in local mode with the demo data.
 * BCrypt runs at strength 4 here: HTTP Basic hashes on every request. The background jobs' timers are off, and the
 * failed-login allowance per client address is high.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "naober.security.bcrypt-strength=4",
            "naober.demo.case-data.enabled=false",
            // No timers: a 07:00 digest in the middle of a test run would add mail to the demo municipalities.
            "naober.jobs.enabled=false",
            // Every test calls from 127.0.0.1: the failed logins the whole suite makes on purpose must not add up to
            // one address's allowance. LoginThrottlingTest checks the default in a context of its own.
            "naober.security.login-throttle.per-address=1000"
        })
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
public @interface NaoberIntegrationTest {}
