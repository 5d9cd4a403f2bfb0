package nl.naober.e2e;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import nl.naober.support.TestDatabaseInitializer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * Naober in local mode (the login form of {@code /login}) on real HTTP and real PostgreSQL with the demo
 * municipalities, for the screens in headless Chromium. Every class that carries this annotation and nothing more
 * shares one application context; a test changes only the data it creates itself, so that the others' demo data
 * stays as it was.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"naober.jobs.enabled=false"})
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
public @interface LocalScreensE2ETest {}
