package nl.naober.importing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a reference is kept in {@code import_ref}: {@code h:} and the HMAC-SHA-256 of the programme's own reference
 * (a case number, or a key made of a child's first name and birth date) under the municipality's key. Unlike a plain
 * SHA-256, a short case number cannot be found back by trying them all without that key, so the table says nothing
 * about a family, also after its file has been anonymised; and the same reference still gives the same hash, so a
 * file imported again is recognised. One per run: a {@link Mac} is not thread-safe.
 */
final class RefHasher {

    private static final String ALGORITHM = "HmacSHA256";
    private static final String PREFIX = "h:";
    private static final Pattern HASHED = Pattern.compile("h:[0-9a-f]{64}");

    private final Mac mac;

    RefHasher(byte[] key) {
        try {
            mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("every JDK has " + ALGORITHM, impossible);
        }
    }

    String hash(String ref) {
        return PREFIX + HexFormat.of().formatHex(mac.doFinal(ref.getBytes(StandardCharsets.UTF_8)));
    }

    /** Written before references were hashed: the next import hashes it. */
    static boolean isPlain(String stored) {
        return !HASHED.matcher(stored).matches();
    }
}
