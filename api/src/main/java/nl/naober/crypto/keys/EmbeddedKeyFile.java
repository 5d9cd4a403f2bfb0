package nl.naober.crypto.keys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import nl.naober.crypto.EncryptionKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded default's key: the file {@code encryption-keys} next to the PostgreSQL data folder (so
 * {@code ./data/encryption-keys} for {@code ./data/postgres}), in the format of {@code NAOBER_ENCRYPTION_KEYS}, readable
 * by its owner only. Deleting it makes the stored notes unreadable, like deleting the data folder would.
 */
final class EmbeddedKeyFile {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedKeyFile.class);

    static final String NAME = "encryption-keys";
    static final String KEY_ID = "local";

    private final Path file;

    private EmbeddedKeyFile(Path file) {
        this.file = file;
    }

    static EmbeddedKeyFile next(Path dataDirectory) {
        return new EmbeddedKeyFile(dataDirectory.toAbsolutePath().normalize().resolveSibling(NAME));
    }

    Path file() {
        return file;
    }

    EncryptionKeys loadOrCreate() {
        try {
            if (Files.notExists(file)) {
                create();
            }
            return EncryptionKeys.parse(Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the encryption key file " + file, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The encryption key file " + file + " is not valid: " + e.getMessage(), e);
        }
    }

    private void create() throws IOException {
        Files.createDirectories(file.getParent());
        // Created with its permissions, so the key is never readable by others, not even for a moment.
        if (Files.getFileStore(file.getParent()).supportsFileAttributeView("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
        }
        Files.writeString(
                file,
                EncryptionKeys.generate(KEY_ID) + "\n",
                StandardCharsets.US_ASCII,
                StandardOpenOption.TRUNCATE_EXISTING);
        log.info(
                "Generated an encryption key in {}: keep it with the data folder, the notes cannot be read without it",
                file);
    }
}
