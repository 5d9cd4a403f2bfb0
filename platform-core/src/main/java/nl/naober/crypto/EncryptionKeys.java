package nl.naober.crypto;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The AES keys, written as {@code naober.encryption.keys} (env {@code NAOBER_ENCRYPTION_KEYS}):
 * {@code k2:<base64>,k1:<base64>}. The first key encrypts every new value; the others are kept to decrypt values
 * written before a rotation. Each key is 256 bits ({@code openssl rand -base64 32}). The key id is stored with every
 * value, so it must stay the same for as long as values under that key exist.
 */
public final class EncryptionKeys {

    /** The name of the setting, for messages. */
    public static final String SETTING = "naober.encryption.keys (env NAOBER_ENCRYPTION_KEYS)";

    static final int KEY_BYTES = 32;

    /** Letters, digits, '-' and '_': stored in every value, between colons. */
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,31}");

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String currentId;
    private final Map<String, SecretKey> keys;

    private EncryptionKeys(String currentId, Map<String, SecretKey> keys) {
        this.currentId = currentId;
        this.keys = Collections.unmodifiableMap(keys);
    }

    /**
     * Reads {@code id:base64key[,id:base64key…]}. Messages name the entry by position and never repeat key material.
     *
     * @throws IllegalArgumentException when the list is empty, an entry is malformed, a key is not 256 bits, or an
     *     id repeats
     */
    public static EncryptionKeys parse(String spec) {
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException(SETTING + " is empty");
        }
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        String[] entries = spec.split(",");
        for (int i = 0; i < entries.length; i++) {
            String entry = entries[i].strip();
            int colon = entry.indexOf(':');
            String id = colon < 0 ? "" : entry.substring(0, colon).strip();
            if (!KEY_ID.matcher(id).matches()) {
                throw new IllegalArgumentException(SETTING + ": entry " + (i + 1)
                        + " is not 'keyId:base64key' with a key id of letters, digits, '-' or '_'");
            }
            if (keys.containsKey(id)) {
                throw new IllegalArgumentException(SETTING + ": key id '" + id + "' appears twice");
            }
            keys.put(id, aesKey(id, entry.substring(colon + 1).strip()));
        }
        return new EncryptionKeys(keys.keySet().iterator().next(), keys);
    }

    /** A new random 256-bit key as one entry of {@link #parse}: {@code id:base64key}. */
    public static String generate(String id) {
        if (!KEY_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("not a key id: " + id);
        }
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return id + ":" + Base64.getEncoder().encodeToString(key);
    }

    /** The id of the key that encrypts new values. */
    public String currentId() {
        return currentId;
    }

    /** Every configured key id, the current one first. */
    public List<String> ids() {
        return new ArrayList<>(keys.keySet());
    }

    SecretKey current() {
        return keys.get(currentId);
    }

    Optional<SecretKey> find(String id) {
        return Optional.ofNullable(keys.get(id));
    }

    /** Ids only: key material never goes into a log line or a message. */
    @Override
    public String toString() {
        return "EncryptionKeys" + ids() + ", current " + currentId;
    }

    private static SecretKey aesKey(String id, String base64) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(SETTING + ": the key of '" + id + "' is not valid base64");
        }
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException(SETTING + ": the key of '" + id + "' has " + key.length * 8
                    + " bits, not 256 (generate one with: openssl rand -base64 32)");
        }
        return new SecretKeySpec(key, "AES");
    }
}
