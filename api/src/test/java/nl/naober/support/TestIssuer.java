package nl.naober.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * A stand-in for a Keycloak realm over real HTTP: the OpenID discovery document and a JWKS with one RSA key, and
 * tokens shaped like Keycloak's (realm_access.roles, organization, preferred_username). Real Keycloak is tested in
 * its own end-to-end profile.
 */
public final class TestIssuer implements AutoCloseable {

    public static final String AUDIENCE = "naober-api";

    private final HttpServer server;
    private final RSAKey key;
    private final String issuer;

    private TestIssuer(HttpServer server, RSAKey key, String issuer) {
        this.server = server;
        this.key = key;
        this.issuer = issuer;
    }

    public static TestIssuer start() {
        try {
            RSAKey key = new RSAKeyGenerator(2048).keyID("test-key").generate();
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            String issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/naober";
            String discovery = Http.json(Map.of(
                    "issuer",
                    issuer,
                    "jwks_uri",
                    issuer + "/protocol/openid-connect/certs",
                    "subject_types_supported",
                    List.of("public"),
                    "response_types_supported",
                    List.of("code")));
            serve(server, "/realms/naober/.well-known/openid-configuration", discovery);
            serve(server, "/realms/naober/protocol/openid-connect/certs", new JWKSet(key.toPublicJWK()).toString());
            server.start();
            return new TestIssuer(server, key, issuer);
        } catch (IOException | JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void serve(HttpServer server, String path, String json) {
        server.createContext(path, exchange -> {
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
    }

    public String issuer() {
        return issuer;
    }

    /** A valid token for this user; {@code membership} may be null for a user without one. */
    public String token(String username, String realmRole, String membership) {
        return token(username, realmRole, membership, claims -> {});
    }

    public String token(String username, String realmRole, String membership, Consumer<JWTClaimsSet.Builder> change) {
        return sign(claims(username, realmRole, membership, change));
    }

    public String unsignedToken(String username, String realmRole, String membership) {
        return new PlainJWT(claims(username, realmRole, membership, claims -> {})).serialize();
    }

    public String sign(JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(key.getKeyID())
                            .build(),
                    claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private JWTClaimsSet claims(
            String username, String realmRole, String membership, Consumer<JWTClaimsSet.Builder> change) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(UUID.randomUUID().toString())
                .audience(List.of(AUDIENCE, "account"))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .claim("preferred_username", username)
                .claim("realm_access", Map.of("roles", List.of(realmRole, "offline_access")));
        if (membership != null) {
            claims.claim("organization", List.of(membership));
        }
        change.accept(claims);
        return claims.build();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
