package nl.naober.crypto;

import static nl.naober.support.CaseWork.child;
import static nl.naober.support.CaseWork.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.naober.support.CaseWork;
import nl.naober.support.Http;
import nl.naober.support.NaoberIntegrationTest;
import nl.naober.support.Sql;
import nl.naober.support.TestDatabaseInitializer;
import nl.naober.tenancy.OwnerDatabase;
import nl.naober.tenancy.Tenant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Key rotation in Emmen: the application has written under test-1; configured as "test-2,test-1" the re-encryption
 * moves every value (also text stored before encryption existed) to test-2, and the application still reads it all.
 */
@NaoberIntegrationTest
class ReEncryptionTest {

    static final Tenant EMMEN = Tenant.of("emmen");

    @LocalServerPort
    int port;

    @Autowired
    OwnerDatabase owner;

    @Test
    void aNewKeyTakesOverEveryValueAndASecondRunChangesNothing() {
        Http http = new Http(port);
        CaseWork emmen = new CaseWork(http, "emmen");
        JsonNode family = emmen.registerFamily(
                "Roteer " + System.nanoTime(),
                52.78,
                6.89,
                Set.of("FRIDAY_MORNING"),
                List.of(child("Lotte", LocalDate.now().minusYears(5), "AUTISM")));
        String familyPath = emmen.base() + "/families/" + id(family);
        CaseWork.created(http.post(familyPath + "/intakes", emmen.coordinator(), CaseWork.intakeJson()));
        UUID child = UUID.fromString(family.get("children").get(0).get("id").asString());
        // Written before encryption existed: plain text in the columns.
        Sql.execute(
                "UPDATE t_emmen.child SET needs = 'ADHD,AUTISM', needs_text = 'oud en leesbaar' WHERE id = ?", child);
        // More rows than fit in one batch of two, at offsets past 9 in their page, where (0,10) sorts before (0,2) as
        // text: the run must page through them in the order of the rows, not of their names.
        Sql.execute(
                "INSERT INTO t_emmen.timeline_entry (id, family_id, occurred_at, kind, summary, actor)"
                        + " SELECT gen_random_uuid(), ?, now(), 'NOTE', 'oude notitie ' || n, 'import'"
                        + " FROM generate_series(1, 40) n",
                id(family));
        assertThat(encryptedUnder("test-1")).as("written by the application").isPositive();
        JsonNode before = CaseWork.ok(http.get(familyPath, emmen.coordinator()));
        assertThat(before.get("children").get(0).get("needsText").asString()).isEqualTo("oud en leesbaar");
        long accessLogLines = accessLogLines();

        ReEncryption rotation = new ReEncryption(owner, rotatedCipher(), 2);
        Map<String, Integer> first = rotation.reencrypt(EMMEN);

        assertThat(first.keySet())
                .containsExactlyElementsOf(EncryptedColumns.ALL.stream()
                        .map(EncryptedColumns.Column::table)
                        .distinct()
                        .toList());
        assertThat(first.get("child")).as("the plain needs and text included").isGreaterThanOrEqualTo(2);
        assertThat(first.get("family_intake")).isGreaterThanOrEqualTo(2);
        assertThat(first.get("timeline_entry")).isPositive();
        assertThat(encryptedUnder("test-1"))
                .as(perColumn("starts_with(%s, 'enc:v1:test-1:')"))
                .isZero();
        assertThat(notUnder("test-2"))
                .as("values neither empty nor under test-2")
                .isZero();
        assertThat(Sql.strings("SELECT needs_text FROM t_emmen.child WHERE id = ?", child))
                .singleElement()
                .asString()
                .startsWith("enc:v1:test-2:");
        assertThat(accessLogLines())
                .as("a new key is no change of anyone's data")
                .isEqualTo(accessLogLines);

        JsonNode after = CaseWork.ok(http.get(familyPath, emmen.coordinator()));
        assertThat(after.get("children").get(0).get("needsText").asString()).isEqualTo("oud en leesbaar");
        assertThat(after.get("children").get(0).get("needs").toString()).contains("ADHD", "AUTISM");
        assertThat(after.get("intakes").get(0).get("notes").asString()).isEqualTo("Kennismaking verliep goed");
        assertThat(CaseWork.ok(http.get(familyPath + "/timeline?size=100", emmen.coordinator()))
                        .toString())
                .contains("oude notitie 1\"", "oude notitie 40\"");

        assertThat(rotation.reencrypt(EMMEN).values()).as("a second run").containsOnly(0);
    }

    @Test
    void aValueUnderAKeyNoLongerConfiguredStopsTheRunWithTheKeyNamed() {
        Http http = new Http(port);
        CaseWork emmen = new CaseWork(http, "emmen");
        emmen.registerFamily("Sleutel kwijt " + System.nanoTime(), 52.78, 6.89, Set.of("FRIDAY_MORNING"), List.of());
        // test-1 left out too early; test-2 as the current key keeps whatever it does write readable for all tests.
        FieldCipher withoutTest1 = new FieldCipher(EncryptionKeys.parse(TestDatabaseInitializer.KEY_2));

        assertThatThrownBy(() -> new ReEncryption(owner, withoutTest1, 500).reencrypt(EMMEN))
                .hasStackTraceContaining("key 'test-1', which is not configured")
                .hasStackTraceContaining("add that key again");
        assertThat(encryptedUnder("test-1")).as("nothing lost").isPositive();
    }

    private static FieldCipher rotatedCipher() {
        return new FieldCipher(
                EncryptionKeys.parse(TestDatabaseInitializer.KEY_2 + "," + TestDatabaseInitializer.KEY_1));
    }

    private static int encryptedUnder(String keyId) {
        return count("starts_with(%s, 'enc:v1:" + keyId + ":')");
    }

    private static int notUnder(String keyId) {
        return count("%s <> '' AND NOT starts_with(%s, 'enc:v1:" + keyId + ":')");
    }

    private static int count(String condition) {
        int total = 0;
        for (EncryptedColumns.Column column : EncryptedColumns.ALL) {
            total += Sql.count("SELECT count(*) FROM t_emmen." + column.table() + " WHERE "
                    + condition.replace("%s", column.name()));
        }
        return total;
    }

    private static String perColumn(String condition) {
        StringBuilder counts = new StringBuilder("per column: ");
        for (EncryptedColumns.Column column : EncryptedColumns.ALL) {
            counts.append(column.table())
                    .append('.')
                    .append(column.name())
                    .append('=')
                    .append(Sql.count("SELECT count(*) FROM t_emmen." + column.table() + " WHERE "
                            + condition.replace("%s", column.name())))
                    .append(' ');
        }
        return counts.toString();
    }

    private static long accessLogLines() {
        return Sql.count("SELECT count(*) FROM t_emmen.access_log");
    }
}
