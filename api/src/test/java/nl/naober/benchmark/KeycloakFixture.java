package nl.naober.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.naober.e2e.KeycloakAdmin;
import nl.naober.e2e.KeycloakLogin;
import nl.naober.e2e.KeycloakServer;
import nl.naober.support.Http;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The load benchmark's keycloak mode: the real Keycloak distribution with, for each of the 342 municipalities, its
 * coordinator as a Keycloak user (realm role {@code coordinator}, attribute {@code organization} = the municipality's
 * code, as an administrator would set them up), and one real access token per coordinator from Keycloak's token
 * endpoint. Written as a copy of the local-mode fixture with each API token replaced by that access token.
 *
 * <p>Each coordinator logs in as on the screens: Keycloak's login form, then (coordinators must) setting up a one-time
 * code and giving it, then the code exchange ({@link KeycloakLogin}). The client is a benchmark-only copy of {@code
 * naober-web} ({@code naober-load-benchmark}: the same audience and claim mappers) whose access tokens live an hour,
 * so that none expires during a run. Naober checks them exactly as any other: signature by the realm's keys, issuer,
 * audience, expiry, role and membership claim.
 */
final class KeycloakFixture {

    private static final String REALM = "naober";
    private static final String CLIENT = "naober-load-benchmark";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final KeycloakServer keycloak;

    KeycloakFixture(KeycloakServer keycloak) {
        this.keycloak = keycloak;
    }

    /** Settings that start Naober in keycloak mode against this Keycloak. */
    List<String> naoberSettings() {
        return List.of(
                "--naober.oidc.issuer-uri=" + keycloak.issuer(),
                "--naober.oidc.client-secret=" + keycloak.webClientSecret(),
                "--naober.keycloak.admin.client-secret=" + keycloak.adminClientSecret());
    }

    /**
     * Creates the benchmark client and a coordinator per municipality of the local-mode fixture, then writes the
     * keycloak-mode fixture next to it: the same lines with a fresh access token in place of the API token.
     */
    Path write(Path localFixture) throws Exception {
        KeycloakAdmin admin = new KeycloakAdmin(keycloak);
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String secret = HexFormat.of().formatHex(random);
        ObjectNode client =
                admin.client(REALM, "naober-web").put("clientId", CLIENT).put("secret", secret);
        ((ObjectNode) client.get("attributes")).put("access.token.lifespan", "3600");
        admin.createClient(REALM, client);
        KeycloakLogin login = new KeycloakLogin(
                keycloak.issuer(), CLIENT, secret, keycloak.naoberBaseUrl() + "/login/oauth2/code/keycloak");

        List<String[]> rows = Files.readAllLines(localFixture).stream()
                .map(line -> line.split("\t"))
                .toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<String>> lines = new ArrayList<>();
        for (String[] row : rows) {
            lines.add(pool.submit(() -> {
                String username = "coordinator." + row[0];
                admin.createUser(
                        REALM,
                        username,
                        Http.DEMO_PASSWORD,
                        "coordinator",
                        KeycloakAdmin.object()
                                .set("organization", JSON.createArrayNode().add(row[0])));
                String token = login.tokens(username, Http.DEMO_PASSWORD)
                        .get("access_token")
                        .asString();
                return String.join("\t", row[0], token, row[2], row[3]);
            }));
        }
        List<String> done = new ArrayList<>();
        for (Future<String> line : lines) {
            done.add(line.get());
        }
        pool.shutdown();
        Path fixture = localFixture.resolveSibling("fixture-keycloak.tsv");
        Files.write(fixture, done);
        return fixture;
    }
}
