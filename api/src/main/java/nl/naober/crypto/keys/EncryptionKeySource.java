package nl.naober.crypto.keys;

import java.nio.file.Path;
import nl.naober.crypto.EncryptionKeys;
import nl.naober.database.ExternalDatabase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.util.StringUtils;

/**
 * The keys of {@code nl.naober.crypto}: {@code naober.encryption.keys} (env {@code NAOBER_ENCRYPTION_KEYS})
 * when set. Without it only the zero-set-up default runs: with its embedded PostgreSQL it generates a key next to
 * the data folder on the first start and reuses it after ({@link EmbeddedKeyFile}). The {@code prod} profile and an
 * external database never get a generated key: a key lost with a container would make every note unreadable.
 */
@Configuration(proxyBeanMethods = false)
class EncryptionKeySource {

    static final String MISSING = "No encryption keys: set NAOBER_ENCRYPTION_KEYS (naober.encryption.keys) to"
            + " 'keyId:base64key', a 256-bit key from 'openssl rand -base64 32', kept in your secret store"
            + " (README, 'Encryption keys').";

    @Bean
    EncryptionKeys encryptionKeys(Environment environment) {
        String configured = environment.getProperty("naober.encryption.keys", "");
        if (StringUtils.hasText(configured)) {
            return EncryptionKeys.parse(configured);
        }
        if (environment.acceptsProfiles(Profiles.of("prod"))) {
            throw new IllegalStateException(MISSING + " The prod profile never generates a key.");
        }
        if (ExternalDatabase.configured(environment)) {
            throw new IllegalStateException(MISSING + " Only the embedded database generates a key of its own.");
        }
        Path dataDirectory = Path.of(environment.getProperty("naober.embedded-postgres.data-dir", "./data/postgres"));
        return EmbeddedKeyFile.next(dataDirectory).loadOrCreate();
    }
}
