/**
 * Where the encryption keys come from ({@link nl.naober.crypto.keys.EncryptionKeySource}) and the command that
 * moves stored values to the current key ({@link nl.naober.jobs.ReEncryptionCommand}). The cipher itself is
 * {@code nl.naober.crypto}.
 */
package nl.naober.crypto.keys;
