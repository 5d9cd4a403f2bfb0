package nl.naober.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Gets real tokens the way the screens' client does: authorization code with PKCE through Keycloak's own login
 * form (no password grant, which the realm does not allow), then the code exchange with the client's secret.
 */
public final class KeycloakLogin {

    private static final Pattern FORM_ACTION = Pattern.compile("id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
    private static final Pattern UPDATE_PASSWORD_ACTION =
            Pattern.compile("id=\"kc-passwd-update-form\"[^>]*action=\"([^\"]+)\"");
    private static final Pattern OTP_SETUP_ACTION =
            Pattern.compile("action=\"([^\"]+)\"[^>]*id=\"kc-totp-settings-form\"");
    private static final Pattern OTP_SECRET = Pattern.compile("name=\"totpSecret\" value=\"([^\"]+)\"");
    private static final Pattern OTP_ACTION = Pattern.compile("id=\"kc-otp-login-form\"[^>]*action=\"([^\"]+)\"");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String realmUrl;
    private final String clientId;
    private final String clientSecret;
    private final String redirectUri;

    public KeycloakLogin(String realmUrl, String clientId, String clientSecret, String redirectUri) {
        this.realmUrl = realmUrl;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.redirectUri = redirectUri;
    }

    /** The screens' client of the naober realm, redirecting to Naober, as Spring Security would use it. */
    public static KeycloakLogin naoberWeb(KeycloakServer keycloak) {
        return new KeycloakLogin(
                keycloak.issuer(),
                "naober-web",
                keycloak.webClientSecret(),
                keycloak.naoberBaseUrl() + "/login/oauth2/code/keycloak");
    }

    /** Logs in and returns the token response: access_token, id_token, expires_in. */
    public JsonNode tokens(String username, String password) {
        return tokens(username, password, null);
    }

    /**
     * Logs in; when Keycloak asks for a new password (a one-time password's required action) sets
     * {@code newPassword}, which must then be given. Staff give a one-time code (TOTP) from the tests'
     * {@link AuthenticatorApp}, and set one up first when Keycloak asks for it.
     */
    public JsonNode tokens(String username, String password, String newPassword) {
        HttpClient browser = browser();
        String verifier = randomUrlSafe(48);
        String state = randomUrlSafe(16);
        HttpResponse<String> afterLogin = submitCredentials(browser, username, password, verifier, state);
        for (int steps = 0; steps < 3 && afterLogin.statusCode() == 200; steps++) {
            String page = afterLogin.body();
            Matcher update = UPDATE_PASSWORD_ACTION.matcher(page);
            Matcher otpSetup = OTP_SETUP_ACTION.matcher(page);
            Matcher otp = OTP_ACTION.matcher(page);
            Map<String, String> fields;
            String action;
            if (update.find()) {
                assertThat(newPassword)
                        .as("Keycloak asks %s for a new password", username)
                        .isNotNull();
                action = update.group(1);
                fields = Map.of("password-new", newPassword, "password-confirm", newPassword);
            } else if (otpSetup.find()) {
                Matcher secret = OTP_SECRET.matcher(page);
                assertThat(secret.find())
                        .as("the secret on the one-time code setup page")
                        .isTrue();
                action = otpSetup.group(1);
                fields = Map.of(
                        "totp", AuthenticatorApp.setUp(username, secret.group(1)),
                        "totpSecret", secret.group(1),
                        "userLabel", "e2e");
            } else if (otp.find()) {
                action = otp.group(1);
                fields = Map.of("otp", AuthenticatorApp.nextCode(username));
            } else {
                break;
            }
            afterLogin = followKeycloakRedirects(browser, post(browser, action, fields));
        }
        String location = afterLogin.headers().firstValue("Location").orElse("");
        assertThat(location)
                .as(
                        "redirect back to the client after logging in as %s (status %s, location %s)",
                        username, afterLogin.statusCode(), location)
                .startsWith(redirectUri);
        Map<String, String> callback = query(URI.create(location).getRawQuery());
        assertThat(callback).containsEntry("state", state);

        Map<String, String> exchange = new LinkedHashMap<>();
        exchange.put("grant_type", "authorization_code");
        exchange.put("code", callback.get("code"));
        exchange.put("redirect_uri", redirectUri);
        exchange.put("code_verifier", verifier);
        String basic = Base64.getEncoder()
                .encodeToString((enc(clientId) + ":" + enc(clientSecret)).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> token = send(
                HttpClient.newHttpClient(),
                HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Authorization", "Basic " + basic)
                        .POST(HttpRequest.BodyPublishers.ofString(form(exchange))));
        assertThat(token.statusCode()).as("token exchange: " + token.body()).isEqualTo(200);
        return JSON.readTree(token.body());
    }

    /** What Keycloak shows after the password: which step comes before the user is sent back to the client. */
    public enum Step {
        BACK_AT_CLIENT,
        LOGIN_FORM_AGAIN,
        ONE_TIME_CODE,
        SET_UP_ONE_TIME_CODE,
        OTHER
    }

    /** Submits username and password only, and tells which step Keycloak asks for next. */
    public Step afterPassword(String username, String password) {
        return step(submitCredentials(browser(), username, password, randomUrlSafe(48), randomUrlSafe(16)));
    }

    /**
     * Submits username and password, then {@code code} as the one-time code (a code Keycloak must refuse, in a
     * test), and tells which step Keycloak asks for next.
     */
    public Step afterPasswordAndCode(String username, String password, String code) {
        HttpClient browser = browser();
        HttpResponse<String> afterPassword =
                submitCredentials(browser, username, password, randomUrlSafe(48), randomUrlSafe(16));
        Matcher otp = OTP_ACTION.matcher(afterPassword.body());
        assertThat(otp.find())
                .as("Keycloak asks %s for a one-time code", username)
                .isTrue();
        return step(followKeycloakRedirects(browser, post(browser, otp.group(1), Map.of("otp", code))));
    }

    private Step step(HttpResponse<String> response) {
        String page = response.body();
        if (response.headers().firstValue("Location").orElse("").startsWith(redirectUri)) {
            return Step.BACK_AT_CLIENT;
        } else if (response.statusCode() != 200) {
            return Step.OTHER;
        } else if (OTP_SETUP_ACTION.matcher(page).find()) {
            return Step.SET_UP_ONE_TIME_CODE;
        } else if (OTP_ACTION.matcher(page).find()) {
            return Step.ONE_TIME_CODE;
        } else if (FORM_ACTION.matcher(page).find()) {
            return Step.LOGIN_FORM_AGAIN;
        }
        return Step.OTHER;
    }

    /**
     * Whether Keycloak refuses the login (wrong password, disabled account): it answers with its login form again
     * instead of sending the browser back to the client.
     */
    public boolean refuses(String username, String password) {
        HttpResponse<String> afterLogin =
                submitCredentials(browser(), username, password, randomUrlSafe(48), randomUrlSafe(16));
        boolean backAtClient =
                afterLogin.headers().firstValue("Location").orElse("").startsWith(redirectUri);
        return !backAtClient
                && afterLogin.statusCode() == 200
                && FORM_ACTION.matcher(afterLogin.body()).find();
    }

    private static HttpClient browser() {
        return HttpClient.newBuilder()
                .cookieHandler(new LoopbackCookies())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Opens Keycloak's login page for this client and posts the credentials; Keycloak's own redirects followed. */
    private HttpResponse<String> submitCredentials(
            HttpClient browser, String username, String password, String verifier, String state) {
        Map<String, String> authorize = new LinkedHashMap<>();
        authorize.put("response_type", "code");
        authorize.put("client_id", clientId);
        authorize.put("redirect_uri", redirectUri);
        authorize.put("scope", "openid profile");
        authorize.put("state", state);
        authorize.put("code_challenge", challenge(verifier));
        authorize.put("code_challenge_method", "S256");
        HttpResponse<String> loginPage = send(
                browser,
                HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/auth?" + form(authorize)))
                        .GET());
        assertThat(loginPage.statusCode()).as("Keycloak's login page").isEqualTo(200);
        Matcher action = FORM_ACTION.matcher(loginPage.body());
        assertThat(action.find()).as("login form on Keycloak's page").isTrue();
        HttpResponse<String> afterLogin = send(
                browser,
                HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                form(Map.of("username", username, "password", password, "credentialId", "")))));
        return followKeycloakRedirects(browser, afterLogin);
    }

    public String accessToken(String username, String password) {
        return tokens(username, password).get("access_token").asString();
    }

    /** The claims of a JWT, decoded without checking anything: for assertions on what Keycloak issued. */
    public static JsonNode claims(String jwt) {
        return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }

    private static HttpResponse<String> post(HttpClient browser, String action, Map<String, String> fields) {
        return send(
                browser,
                HttpRequest.newBuilder(URI.create(action.replace("&amp;", "&")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form(fields))));
    }

    /** Keycloak's own steps (a required action) are redirects within the realm; the client's callback is not. */
    private HttpResponse<String> followKeycloakRedirects(HttpClient browser, HttpResponse<String> response) {
        HttpResponse<String> current = response;
        for (int hops = 0; hops < 5 && current.statusCode() == 302; hops++) {
            String location = current.headers().firstValue("Location").orElse("");
            if (!location.startsWith(realmUrl)) {
                break;
            }
            current = send(browser, HttpRequest.newBuilder(URI.create(location)).GET());
        }
        return current;
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static Map<String, String> query(String rawQuery) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : rawQuery.split("&")) {
            String[] parts = pair.split("=", 2);
            values.put(
                    URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                    parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
        }
        return values;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String randomUrlSafe(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
