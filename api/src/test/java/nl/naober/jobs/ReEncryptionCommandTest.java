package nl.naober.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import nl.naober.crypto.EncryptedColumns;
import nl.naober.crypto.ReEncryption;
import nl.naober.municipality.MunicipalityRegistry;
import nl.naober.support.CaseWork;
import nl.naober.support.Http;
import nl.naober.support.NaoberIntegrationTest;
import nl.naober.support.Sql;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/** The command goes through every active municipality; run again, it finds nothing left to do. */
@NaoberIntegrationTest
class ReEncryptionCommandTest {

    @LocalServerPort
    int port;

    @Autowired
    MunicipalityRegistry registry;

    @Autowired
    ReEncryption reEncryption;

    @Autowired
    ConfigurableApplicationContext context;

    @Test
    void everyActiveMunicipalityEndsUnderTheCurrentKeyAndASecondRunRewritesNothing() {
        // Not run(): that exits the JVM, as the command line wants.
        ReEncryptionCommand command = new ReEncryptionCommand(registry, reEncryption, context);
        JsonNode family = new CaseWork(new Http(port), "meppel")
                .registerFamily("Herschrijf " + System.nanoTime(), 52.69, 6.19, Set.of("MONDAY_MORNING"), List.of());
        Sql.execute(
                "UPDATE t_meppel.timeline_entry SET summary = 'van voor de versleuteling' WHERE family_id = ?",
                CaseWork.id(family));

        ReEncryptionCommand.Outcome first = command.reencryptAll();

        assertThat(first.failed()).isZero();
        assertThat(first.municipalities()).isEqualTo(registry.active().size()).isGreaterThanOrEqualTo(6);
        assertThat(first.rewritten().get("timeline_entry")).isPositive();
        for (EncryptedColumns.Column column : EncryptedColumns.ALL) {
            assertThat(Sql.count("SELECT count(*) FROM t_meppel." + column.table() + " WHERE " + column.name()
                            + " <> '' AND NOT starts_with(" + column.name() + ", 'enc:v1:test-1:')"))
                    .as(column.toString())
                    .isZero();
        }

        ReEncryptionCommand.Outcome second = command.reencryptAll();
        assertThat(second.failed()).isZero();
        assertThat(second.rewritten().values()).containsOnly(0);
    }
}
