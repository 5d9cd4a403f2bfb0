package nl.naober.e2e;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts (once) the real Keycloak and points Naober at it, on the port the realm's redirect URIs expect. */
public class KeycloakModeInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        KeycloakServer keycloak = KeycloakServer.get();
        TestPropertyValues.of(
                        "server.port=" + keycloak.naoberPort(),
                        "naober.oidc.issuer-uri=" + keycloak.issuer(),
                        "naober.oidc.client-secret=" + keycloak.webClientSecret(),
                        // short, so the expired-token test waits seconds rather than the production 30 s
                        "naober.oidc.clock-skew=PT1S",
                        "naober.keycloak.admin.client-secret=" + keycloak.adminClientSecret())
                .applyTo(context);
    }
}
