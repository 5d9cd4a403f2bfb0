package nl.naober.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import nl.naober.e2e.KeycloakLogin.Step;
import nl.naober.support.Http;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Keycloak mode, issue 14: a user whose Keycloak session ends (signed out in Keycloak, or deactivated in Naober) loses
 * Naober's open screen session at the next click, through OIDC back-channel logout; staff log in with a one-time
 * code (TOTP) they must set up first, policy officers by default without. Real Keycloak, real Chromium.
 */
@NaoberE2ETest
class KeycloakSessionsAndMfaE2E {

    private static final String REALM = "naober";
    private static final String PASSWORD = Http.DEMO_PASSWORD;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static KeycloakServer keycloak;
    private static KeycloakAdmin admin;
    private static KeycloakLogin login;
    private final Http http = new Http(KeycloakServer.get().naoberPort());

    @BeforeAll
    static void keycloak() {
        keycloak = KeycloakServer.get();
        admin = new KeycloakAdmin(keycloak);
        login = KeycloakLogin.naoberWeb(keycloak);
    }

    @Test
    void aCoordinatorSignedOutInKeycloakLosesTheOpenNaoberSessionAtTheNextClick() {
        String user = coordinator("coordinator.e2e-uitgelogd", "meppel");
        try (Chromium browser = Chromium.start()) {
            logInAndOpenFamilies(browser, user);

            admin.logOut(REALM, user);

            browser.open(naober() + "/gezinnen");
            assertThat(browser.url()).as("sent to Keycloak's login page").startsWith(keycloak.issuer());
            assertThat(browser.text()).contains("Inloggen");
        }
    }

    @Test
    void anOperatorWhoDisablesAUserInKeycloakAndSignsItOutEndsTheNaoberSession() {
        String user = coordinator("coordinator.e2e-uitgeschakeld", "meppel");
        try (Chromium browser = Chromium.start()) {
            logInAndOpenFamilies(browser, user);

            // Disabling alone sends no back-channel logout (Keycloak 26 keeps the user's sessions): the operator
            // also signs the user out, as docs/identity.md says.
            admin.setEnabled(REALM, user, false);
            admin.logOut(REALM, user);

            browser.open(naober() + "/gezinnen");
            assertThat(browser.url()).startsWith(keycloak.issuer());
            assertThat(login.refuses(user, PASSWORD))
                    .as("a disabled user cannot log in")
                    .isTrue();
        }
    }

    @Test
    void aCoordinatorDeactivatedInNaoberLosesTheOpenSessionAtTheNextClick() {
        String user = coordinator("coordinator.e2e-gedeactiveerd", "de-wolden");
        String networkAdmin = Http.bearer(login.accessToken("admin.buurtgezinnen", PASSWORD));
        try (Chromium browser = Chromium.start()) {
            logInAndOpenFamilies(browser, user);

            Http.Response deactivated =
                    http.post("/api/v1/admin/municipalities/de-wolden/users/" + user + "/deactivate", networkAdmin, "");
            assertThat(deactivated.status()).as(deactivated.body()).isEqualTo(200);

            browser.open(naober() + "/gezinnen");
            assertThat(browser.url()).as("sent to Keycloak's login page").startsWith(keycloak.issuer());
            assertThat(admin.sessions(REALM, user)).isZero();
        }
    }

    @Test
    void aCoordinatorWithoutAOneTimeCodeMustSetOneUpBeforeGettingIn() {
        String user = coordinator("coordinator.e2e-nieuw", "meppel");

        assertThat(login.afterPassword(user, PASSWORD)).isEqualTo(Step.SET_UP_ONE_TIME_CODE);
        assertThat(login.afterPassword(user, PASSWORD))
                .as("logging in again does not skip it")
                .isEqualTo(Step.SET_UP_ONE_TIME_CODE);

        JsonNode tokens = login.tokens(user, PASSWORD); // sets one up with the tests' authenticator app
        assertThat(KeycloakLogin.claims(tokens.get("access_token").asString())
                        .get("preferred_username")
                        .asString())
                .isEqualTo(user);
        assertThat(login.afterPassword(user, PASSWORD))
                .as("from now on the code is asked")
                .isEqualTo(Step.ONE_TIME_CODE);
        String wrong = AuthenticatorApp.code("not the secret".getBytes(StandardCharsets.US_ASCII), 1);
        assertThat(login.afterPasswordAndCode(user, PASSWORD, wrong))
                .as("a wrong code does not get in")
                .isEqualTo(Step.ONE_TIME_CODE);
    }

    @Test
    void everyStaffRoleNeedsAOneTimeCodeAndAPolicyOfficerByDefaultNot() {
        Map<String, Step> expected = new LinkedHashMap<>();
        expected.put(user("coordinator.e2e-rol", "coordinator", "meppel"), Step.SET_UP_ONE_TIME_CODE);
        expected.put(user("privacy.e2e-rol", "privacy-officer", "meppel"), Step.SET_UP_ONE_TIME_CODE);
        expected.put(user("admin.e2e-netwerk", "network-admin", "buurtgezinnen"), Step.SET_UP_ONE_TIME_CODE);
        expected.put(user("admin.e2e-platform", "platform-admin", null), Step.SET_UP_ONE_TIME_CODE);
        expected.put(user("policy.e2e-rol", "policy-officer", "meppel"), Step.BACK_AT_CLIENT);

        Map<String, Step> actual = new LinkedHashMap<>();
        expected.keySet().forEach(user -> actual.put(user, login.afterPassword(user, PASSWORD)));

        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void aPolicyOfficerLogsInOnTheScreensWithAPasswordAlone() {
        String user = user("policy.e2e-scherm", "policy-officer", "meppel");
        try (Chromium browser = Chromium.start()) {
            browser.open(naober() + "/");
            browser.logInOnKeycloak(user, PASSWORD);

            assertThat(AuthenticatorApp.knows(user))
                    .as("no one-time code set up")
                    .isFalse();
            assertThat(browser.url()).startsWith(naober());
            assertThat(browser.path()).isNotEqualTo("/login");
        }
    }

    @Test
    void thePasswordGrantNeedsTheOneTimeCodeForStaffToo() {
        // No Naober client allows the password grant, but every realm has the public admin-cli client that does.
        String withCode = coordinator("coordinator.e2e-wachtwoordgrant", "meppel");
        login.tokens(withCode, PASSWORD); // sets up a one-time code
        String withoutCode = coordinator("coordinator.e2e-zonder-code", "meppel");
        String policy = user("policy.e2e-wachtwoordgrant", "policy-officer", "meppel");

        assertThat(passwordGrant(withCode, null).get("error").asString()).isEqualTo("invalid_grant");
        assertThat(passwordGrant(withCode, AuthenticatorApp.nextCode(withCode)).has("access_token"))
                .isTrue();
        assertThat(passwordGrant(withoutCode, null).has("access_token"))
                .as("a coordinator who has not set up a code gets no token either")
                .isFalse();
        assertThat(passwordGrant(policy, null).has("access_token")).isTrue();
    }

    private void logInAndOpenFamilies(Chromium browser, String user) {
        browser.open(naober() + "/gezinnen");
        browser.logInOnKeycloak(user, PASSWORD);
        assertThat(browser.path()).isEqualTo("/gezinnen");
        browser.open(naober() + "/gezinnen");
        assertThat(browser.path()).as("the session works").isEqualTo("/gezinnen");
        assertThat(admin.sessions(REALM, user)).isEqualTo(1);
    }

    private static String coordinator(String username, String municipality) {
        return user(username, "coordinator", municipality);
    }

    private static String user(String username, String role, String organization) {
        ObjectNode attributes = KeycloakAdmin.object();
        if (organization != null) {
            attributes.putArray("organization").add(organization);
        }
        admin.createUser(REALM, username, PASSWORD, role, attributes);
        return username;
    }

    private static String naober() {
        return keycloak.naoberBaseUrl();
    }

    private static JsonNode passwordGrant(String username, String totp) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", "admin-cli");
        form.put("username", username);
        form.put("password", PASSWORD);
        if (totp != null) {
            form.put("totp", totp);
        }
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        try {
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(keycloak.issuer() + "/protocol/openid-connect/token"))
                                    .header("Content-Type", "application/x-www-form-urlencoded")
                                    .POST(HttpRequest.BodyPublishers.ofString(body))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
