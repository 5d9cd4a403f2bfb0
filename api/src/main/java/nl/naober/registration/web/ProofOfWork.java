package nl.naober.registration.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.altcha.altcha.Altcha;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * ALTCHA challenges (the widget's own format, made and checked by the ALTCHA server library): find the number that,
 * appended to a random salt, gives a SHA-256 the server signed with its HMAC key. Solving costs the client CPU time;
 * checking costs one hash. A challenge expires after {@code validFor} (its expiry is inside the signed salt) and each
 * solution is accepted once: solutions seen are remembered, per instance, for as long as a challenge is valid.
 */
class ProofOfWork {

    static final String ALGORITHM = "SHA-256";

    private static final Logger log = LoggerFactory.getLogger(ProofOfWork.class);
    private static final int MAX_PAYLOAD_LENGTH = 2_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RegistrationProperties.ProofOfWork settings;
    private final String hmacKey;
    private final Cache<String, Boolean> used;

    ProofOfWork(RegistrationProperties.ProofOfWork settings) {
        this.settings = settings;
        this.hmacKey = settings.hmacKey().isBlank() ? randomKey() : settings.hmacKey();
        this.used = Caffeine.newBuilder()
                .expireAfterWrite(settings.validFor())
                .maximumSize(1_000_000)
                .build();
    }

    /** A new challenge as the widget and an API client read it: algorithm, challenge, maxnumber, salt, signature. */
    Map<String, Object> challenge() {
        try {
            Altcha.Challenge challenge = Altcha.createChallenge(new Altcha.ChallengeOptions()
                    .setAlgorithm(Altcha.Algorithm.SHA256)
                    .setMaxNumber(settings.maxNumber())
                    .setHmacKey(hmacKey)
                    .setExpiresInSeconds(settings.validFor().toSeconds()));
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("algorithm", challenge.algorithm);
            json.put("challenge", challenge.challenge);
            json.put("maxnumber", challenge.maxnumber);
            json.put("salt", challenge.salt);
            json.put("signature", challenge.signature);
            return json;
        } catch (Exception e) {
            throw new IllegalStateException("ALTCHA challenge could not be made", e);
        }
    }

    /**
     * Whether the payload (base64 JSON, as the widget sends it) solves a challenge of ours that has not expired and
     * was not used before; a true answer uses it up.
     */
    boolean redeem(String payload) {
        if (payload == null || payload.isBlank() || payload.length() > MAX_PAYLOAD_LENGTH) {
            return false;
        }
        String signature;
        try {
            JsonNode json = JSON.readTree(Base64.getDecoder().decode(payload.strip()));
            if (!ALGORITHM.equals(json.path("algorithm").asString(""))) {
                return false; // only the algorithm we ask for, whatever else the library would accept
            }
            signature = json.path("signature").asString("");
            if (signature.isEmpty() || !Altcha.verifySolution(payload.strip(), hmacKey, true)) {
                return false;
            }
        } catch (Exception malformed) {
            return false;
        }
        // The signed challenge identifies the solution: the same challenge solved twice is the same solution.
        return used.asMap().putIfAbsent(signature, Boolean.TRUE) == null;
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        log.info("No naober.registration.proof-of-work.hmac-key set: challenges are signed with a key made at start;"
                + " with several replicas set one key on all of them");
        return HexFormat.of().formatHex(key);
    }
}
