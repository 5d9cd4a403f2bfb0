package nl.naober.e2e;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The tests' authenticator app: keeps the TOTP secret each user set up on Keycloak's "configure one-time code" page
 * and computes codes from it (RFC 6238 over RFC 4226: HMAC-SHA1, 6 digits, 30 s, the realm's OTP policy).
 *
 * <p>Keycloak accepts a code once (the realm does not allow reuse) and codes of the previous and the next 30 s step
 * (look-ahead window 1). Tests log the same user in several times within seconds, so each login takes the next step
 * not yet used for that user, and waits for the clock when all three are spent. One instance per test JVM, like the
 * Keycloak it goes with.
 */
final class AuthenticatorApp {

    private static final Duration STEP = Duration.ofSeconds(30);
    private static final Duration MARGIN = Duration.ofSeconds(10);
    private static final Map<String, byte[]> SECRETS = new HashMap<>();
    private static final Map<String, Long> LAST_STEP_USED = new HashMap<>();

    private AuthenticatorApp() {}

    /**
     * Remembers a user's secret as Keycloak's setup page holds it (the hidden {@code totpSecret}: the key's bytes as
     * text; the Base32 shown to people encodes the same bytes) and returns the code that confirms it.
     */
    static synchronized String setUp(String username, String totpSecret) {
        SECRETS.put(username, totpSecret.getBytes(StandardCharsets.US_ASCII));
        LAST_STEP_USED.remove(username);
        return nextCode(username);
    }

    static synchronized boolean knows(String username) {
        return SECRETS.containsKey(username);
    }

    /** A code Keycloak has not seen yet for this user. */
    static synchronized String nextCode(String username) {
        byte[] secret = SECRETS.get(username);
        if (secret == null) {
            throw new IllegalStateException(username + " has a one-time code set up that these tests do not know");
        }
        long now = currentStep();
        long last = LAST_STEP_USED.getOrDefault(username, Long.MIN_VALUE);
        while (last >= now + 1) { // the previous, the current and the next step are spent
            sleepUntilStep(now + 1);
            now = currentStep();
        }
        long step = stepToUse(last, System.currentTimeMillis());
        LAST_STEP_USED.put(username, step);
        return code(secret, step);
    }

    /**
     * The oldest step Keycloak will still accept when the form reaches it that is newer than the last one used. The
     * step before the current one is accepted only until the clock turns, so it is used only while enough of the
     * current step is left for a slow page (a loaded machine takes seconds to submit a form).
     */
    static long stepToUse(long lastUsed, long nowMillis) {
        long now = nowMillis / STEP.toMillis();
        long leftInStep = STEP.toMillis() - nowMillis % STEP.toMillis();
        long oldest = leftInStep > MARGIN.toMillis() ? now - 1 : now;
        return Math.max(oldest, lastUsed + 1);
    }

    /** RFC 4226 HOTP of one time step, with the dynamic truncation of section 5.3. */
    static String code(byte[] secret, long step) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret, "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24)
                    | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8)
                    | (hash[offset + 3] & 0xff);
            return String.format("%06d", binary % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static long currentStep() {
        return System.currentTimeMillis() / STEP.toMillis();
    }

    private static void sleepUntilStep(long step) {
        long millis = step * STEP.toMillis() - System.currentTimeMillis() + 50;
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
