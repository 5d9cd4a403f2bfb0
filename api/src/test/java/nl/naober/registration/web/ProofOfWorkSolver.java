package nl.naober.registration.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Solves an ALTCHA challenge the way the widget does, written here from the format rather than taken from the server
 * library: the number n in 0..maxnumber for which SHA-256(salt + n), in hex, is the challenge.
 */
final class ProofOfWorkSolver {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProofOfWorkSolver() {}

    /** The payload to send in the {@code Altcha} header or the form's {@code altcha} field. */
    static String solve(JsonNode challenge) {
        String salt = challenge.get("salt").asString();
        String target = challenge.get("challenge").asString();
        long max = challenge.get("maxnumber").asLong();
        for (long n = 0; n <= max; n++) {
            if (sha256(salt + n).equals(target)) {
                return payload(challenge, n);
            }
        }
        throw new AssertionError("no solution up to maxnumber " + max);
    }

    static String payload(JsonNode challenge, long number) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("algorithm", challenge.get("algorithm").asString());
        payload.put("challenge", challenge.get("challenge").asString());
        payload.put("number", number);
        payload.put("salt", challenge.get("salt").asString());
        payload.put("signature", challenge.get("signature").asString());
        return Base64.getEncoder().encodeToString(JSON.writeValueAsBytes(payload));
    }

    static JsonNode parse(String json) {
        return JSON.readTree(json);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
