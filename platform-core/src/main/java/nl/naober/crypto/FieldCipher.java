package nl.naober.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import org.springframework.stereotype.Component;

/**
 * AES-256-GCM for one text value: {@code enc:v1:<keyId>:<base64(nonce || ciphertext || tag)>}, a random 12-byte
 * nonce per value and a 128-bit tag. The prefix up to the key id is the additional authenticated data, so a value
 * cannot be passed off as one under another key or format version.
 *
 * <p>A value without the prefix was stored before encryption existed and is returned as it is; the next write, or
 * {@link ReEncryption}, encrypts it. An empty string holds nothing to protect and stays empty (the anonymisation
 * empties texts in SQL).
 */
@Component
public class FieldCipher {

    static final String PREFIX = "enc:v1:";

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final EncryptionKeys keys;
    private final SecureRandom random = new SecureRandom();

    public FieldCipher(EncryptionKeys keys) {
        this.keys = keys;
    }

    /** The stored form of {@code plain} under the current key; {@code null} and {@code ""} stay as they are. */
    public String encrypt(String plain) {
        if (plain == null || plain.isEmpty()) {
            return plain;
        }
        String header = PREFIX + keys.currentId();
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] sealed;
        try {
            sealed = run(Cipher.ENCRYPT_MODE, keys.current(), nonce, header, plain.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JVM", e);
        }
        ByteBuffer out =
                ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed);
        return header + ":" + Base64.getEncoder().encodeToString(out.array());
    }

    /**
     * The plain text of a stored value; a value without the prefix is legacy plain text and returned unchanged.
     *
     * @throws EncryptedValueException when the value's key is not configured, or the value was changed
     */
    public String decrypt(String stored) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            return stored;
        }
        int colon = stored.indexOf(':', PREFIX.length());
        if (colon < 0) {
            throw EncryptedValueException.malformed();
        }
        String keyId = stored.substring(PREFIX.length(), colon);
        SecretKey key = keys.find(keyId).orElseThrow(() -> EncryptedValueException.unknownKey(keyId, keys.ids()));
        byte[] data;
        try {
            data = Base64.getDecoder().decode(stored.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            throw EncryptedValueException.malformed();
        }
        if (data.length < NONCE_BYTES + TAG_BITS / 8) {
            throw EncryptedValueException.malformed();
        }
        ByteBuffer in = ByteBuffer.wrap(data);
        byte[] nonce = new byte[NONCE_BYTES];
        in.get(nonce);
        byte[] sealed = new byte[in.remaining()];
        in.get(sealed);
        try {
            return new String(
                    run(Cipher.DECRYPT_MODE, key, nonce, stored.substring(0, colon), sealed), StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw EncryptedValueException.tampered(keyId);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JVM", e);
        }
    }

    /** Whether a stored value needs no rewrite: empty, or already under the current key. */
    public boolean isCurrent(String stored) {
        return stored == null || stored.isEmpty() || stored.startsWith(currentPrefix());
    }

    /** {@code enc:v1:<current key id>:}, what every value written now starts with. */
    public String currentPrefix() {
        return PREFIX + keys.currentId() + ":";
    }

    private static byte[] run(int mode, SecretKey key, byte[] nonce, String header, byte[] input)
            throws GeneralSecurityException {
        // A Cipher is not thread-safe; creating one is cheap next to a database round trip.
        Cipher cipher = Cipher.getInstance(TRANSFORMATION);
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(header.getBytes(StandardCharsets.US_ASCII));
        return cipher.doFinal(input);
    }
}
