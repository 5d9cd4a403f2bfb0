package nl.naober.shell;

import static org.assertj.core.api.Assertions.assertThat;

import nl.naober.identity.CurrentUser;
import nl.naober.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/**
 * Where the header's "Wachtwoord wijzigen" leads in each mode: in local mode Naober's own page; in keycloak mode
 * Keycloak's account console of the realm ({@code {issuer}/account}), as Keycloak owns the password there.
 */
class StaffHeaderTest {

    private static final CurrentUser PLATFORM_ADMIN = CurrentUser.of("admin.platform", Role.PLATFORM_ADMIN, null);

    @Test
    void inLocalModeTheHeaderLeadsToTheOwnPasswordPage() {
        StaffHeader.Who who = new StaffHeader(null, null, new MockEnvironment()).who(PLATFORM_ADMIN, "admin.platform");

        assertThat(who.passwordUrl()).isEqualTo("/wachtwoord");
        assertThat(who.external()).isFalse();
        assertThat(who.roleKey()).isEqualTo("role.platform-admin");
        assertThat(who.place()).isEmpty();
    }

    @Test
    void inKeycloakModeTheHeaderLeadsToKeycloaksAccountPage() {
        MockEnvironment keycloak =
                new MockEnvironment().withProperty("naober.oidc.issuer-uri", "https://login.example.nl/realms/naober/");

        StaffHeader.Who who = new StaffHeader(null, null, keycloak).who(PLATFORM_ADMIN, "Pim Platform");

        assertThat(who.passwordUrl()).isEqualTo("https://login.example.nl/realms/naober/account");
        assertThat(who.external()).isTrue();
        assertThat(who.name()).isEqualTo("Pim Platform");
    }
}
