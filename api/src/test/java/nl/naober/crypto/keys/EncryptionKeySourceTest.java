package nl.naober.crypto.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import nl.naober.crypto.EncryptionKeys;
import nl.naober.crypto.FieldCipher;
import nl.naober.support.TestDatabaseInitializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Where keys come from: configured, or generated for the embedded default only, never under prod. */
class EncryptionKeySourceTest {

    final ApplicationContextRunner keys =
            new ApplicationContextRunner().withUserConfiguration(EncryptionKeySource.class);

    @TempDir
    Path data;

    @Test
    void prodRefusesToStartWithoutKeys() {
        keys.withInitializer(context -> context.getEnvironment().setActiveProfiles("prod"))
                .withPropertyValues("naober.embedded-postgres.data-dir=" + data.resolve("postgres"))
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure())
                            .rootCause()
                            .hasMessageContaining("No encryption keys: set NAOBER_ENCRYPTION_KEYS")
                            .hasMessageContaining("prod profile never generates a key");
                });
        assertThat(data.resolve("encryption-keys")).doesNotExist();
    }

    @Test
    void anExternalDatabaseRefusesToStartWithoutKeys() {
        keys.withPropertyValues("spring.datasource.url=jdbc:postgresql://db.example.nl/naober")
                .run(context -> assertThat(context.getStartupFailure())
                        .rootCause()
                        .hasMessageContaining("NAOBER_ENCRYPTION_KEYS"));
    }

    @Test
    void configuredKeysAreUsedAlsoUnderProd() {
        keys.withInitializer(context -> context.getEnvironment().setActiveProfiles("prod"))
                .withPropertyValues(
                        "naober.encryption.keys=" + TestDatabaseInitializer.KEY_2 + "," + TestDatabaseInitializer.KEY_1)
                .run(context ->
                        assertThat(context.getBean(EncryptionKeys.class).ids()).containsExactly("test-2", "test-1"));
    }

    @Test
    void theEmbeddedDefaultGeneratesAKeyNextToItsDataFolderOnceAndKeepsIt() throws Exception {
        String dataDir = "naober.embedded-postgres.data-dir=" + data.resolve("postgres");
        String[] stored = new String[1];
        keys.withPropertyValues(dataDir).run(context -> {
            stored[0] = new FieldCipher(context.getBean(EncryptionKeys.class)).encrypt("notitie");
        });
        Path file = data.resolve("encryption-keys");
        assertThat(file).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        String generated = Files.readString(file);

        keys.withPropertyValues(dataDir).run(context -> {
            assertThat(new FieldCipher(context.getBean(EncryptionKeys.class)).decrypt(stored[0]))
                    .as("the second start reads what the first wrote")
                    .isEqualTo("notitie");
        });
        assertThat(Files.readString(file)).isEqualTo(generated);
        assertThat(generated).startsWith("local:");
    }
}
