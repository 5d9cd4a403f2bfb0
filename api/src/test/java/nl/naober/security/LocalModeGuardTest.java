package nl.naober.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.naober.NaoberApplication;
import nl.naober.support.TestDatabaseInitializer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Demo accounts with a published password must never guard production data. */
class LocalModeGuardTest {

    @Test
    void localModeRefusesToStartUnderTheProdProfile() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(NaoberApplication.class)
                        .profiles("prod")
                        .initializers(new TestDatabaseInitializer())
                        .run("--spring.main.banner-mode=off", "--server.port=0")
                        .close())
                .hasStackTraceContaining("Local accounts are for development and demos only");
    }

    /** The deployment that sets SPRING_DATASOURCE_URL and forgets the prod profile. */
    @Test
    void localModeRefusesAnExternalDatabaseUnlessAskedFor() {
        ApplicationContextInitializer<ConfigurableApplicationContext> withoutOptIn =
                context -> TestPropertyValues.of(TestDatabaseInitializer.properties().stream()
                                .filter(property -> !property.startsWith(LocalModeSecurity.EXTERNAL_DATABASE_OPT_IN))
                                .toList())
                        .applyTo(context);
        assertThatThrownBy(() -> new SpringApplicationBuilder(NaoberApplication.class)
                        .initializers(withoutOptIn)
                        .run("--spring.main.banner-mode=off", "--server.port=0", "--naober.demo.enabled=false")
                        .close())
                .hasStackTraceContaining("Local accounts are for the embedded database only")
                .hasStackTraceContaining("NAOBER_OIDC_ISSUER_URI");
    }
}
