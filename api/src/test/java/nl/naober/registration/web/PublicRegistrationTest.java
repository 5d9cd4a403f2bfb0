package nl.naober.registration.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import nl.naober.support.NaoberIntegrationTest;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole application as in {@link NaoberIntegrationTest}, in one context of its own shared by the public
 * registration tests, so their rate limits never meet another test's. Requests here come from localhost, which
 * Tomcat trusts as a proxy ({@code native} forwarded headers), so each test sends its own client address in
 * {@code X-Forwarded-For} and gets its own allowance, as visitors behind an ingress do.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@NaoberIntegrationTest
@TestPropertySource(
        properties = {
            "server.forward-headers-strategy=native",
            "naober.registration.rate-limit.per-client=" + PublicRegistrationTest.PER_CLIENT
        })
@interface PublicRegistrationTest {

    /** Registrations one client address may send per hour in these tests. */
    int PER_CLIENT = 20;
}
