package nl.naober.importing;

import java.util.Map;
import java.util.UUID;

/**
 * What earlier imports of the municipality brought in, looked up by a row's key {@code kind:ref} in plain text, as
 * the run knows it, while only the kind and the ref's keyed hash are stored.
 */
final class EarlierImports {

    private final Map<String, UUID> byStoredKey;
    private final RefHasher hasher;

    EarlierImports(Map<String, UUID> byStoredKey, RefHasher hasher) {
        this.byStoredKey = byStoredKey;
        this.hasher = hasher;
    }

    boolean contains(String key) {
        return byStoredKey.containsKey(stored(key));
    }

    UUID get(String key) {
        return byStoredKey.get(stored(key));
    }

    /** The key as {@code import_ref} holds it: the kind in plain text, the ref hashed. */
    String stored(String key) {
        int colon = key.indexOf(':');
        return key.substring(0, colon + 1) + hasher.hash(key.substring(colon + 1));
    }
}
