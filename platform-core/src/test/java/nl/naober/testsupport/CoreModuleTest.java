package nl.naober.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * A module test of platform-core's features against a real PostgreSQL with two municipalities
 * ({@link TwoMunicipalities}). Put exactly this on the class, nothing that changes the context, so all module tests
 * of a JVM share one Spring context (about its start-up time: docs/issue18/tests.md).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = CoreTestConfiguration.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ContextConfiguration(initializers = TestPostgresInitializer.class)
public @interface CoreModuleTest {}
