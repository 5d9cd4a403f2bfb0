package nl.naober.crypto;

import java.util.List;

/**
 * A stored value that cannot be decrypted. The message names the key id and the setting, never the value: it may
 * end up in a log line.
 */
public class EncryptedValueException extends IllegalStateException {

    private EncryptedValueException(String message) {
        super(message);
    }

    static EncryptedValueException unknownKey(String keyId, List<String> configured) {
        return new EncryptedValueException("A value is encrypted with key '" + keyId + "', which is not configured ("
                + EncryptionKeys.SETTING + " has " + configured + "): add that key again, as a key after the first.");
    }

    static EncryptedValueException tampered(String keyId) {
        return new EncryptedValueException("A value under key '" + keyId + "' does not decrypt: it was changed, or"
                + " the configured key '" + keyId + "' is not the key it was written with.");
    }

    static EncryptedValueException malformed() {
        return new EncryptedValueException(
                "A value starts with '" + FieldCipher.PREFIX + "' but is not of the form enc:v1:<keyId>:<base64>.");
    }
}
