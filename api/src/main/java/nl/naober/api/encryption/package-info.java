/**
 * Where the encryption keys come from ({@link nl.naober.api.encryption.EncryptionKeySource}) and the command that
 * moves stored values to the current key ({@link nl.naober.api.encryption.ReEncryptionCommand}). The cipher itself is
 * {@code nl.naober.core.crypto}.
 */
package nl.naober.api.encryption;
