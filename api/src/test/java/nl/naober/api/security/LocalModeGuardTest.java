package nl.naober.api.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.naober.NaoberApplication;
import nl.naober.support.TestDatabaseInitializer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

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
}
