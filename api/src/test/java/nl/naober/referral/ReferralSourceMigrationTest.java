package nl.naober.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.naober.support.NaoberIntegrationTest;
import nl.naober.support.Sql;
import nl.naober.tenancy.Tenant;
import nl.naober.tenancy.TenantSchemaMigrator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 16: the changeset {@code tenant-0012-referral-sources} maps the sources of before on rows that hold them. A
 * scratch schema is brought to the latest changelog, old rows are put in, the changeset is marked as not run and the
 * migrator runs again, as it does at start-up for a municipality that still has them.
 */
@NaoberIntegrationTest
class ReferralSourceMigrationTest {

    @Autowired
    TenantSchemaMigrator migrator;

    @Test
    void theOldSourcesEndAsTheDocumentedReferrers() {
        Tenant tenant = Tenant.of("bronnen-" + Long.toString(System.nanoTime(), 36));
        migrator.migrate(tenant);
        try {
            // old source, organisation → expected source
            Map<UUID, String> expected = new LinkedHashMap<>();
            expected.put(family(tenant, "PUBLIC_FORM", null), "SELF_REGISTRATION");
            expected.put(family(tenant, "COORDINATOR", null), "SELF_REGISTRATION");
            expected.put(family(tenant, "COORDINATOR", " "), "SELF_REGISTRATION");
            expected.put(family(tenant, "PROFESSIONAL_REFERRAL", null), "OTHER");
            expected.put(family(tenant, "PROFESSIONAL_REFERRAL", "Stichting Present"), "OTHER");
            expected.put(family(tenant, "PROFESSIONAL_REFERRAL", "Wijkteam Meppel"), "WIJKTEAM_CJG");
            expected.put(family(tenant, "PROFESSIONAL_REFERRAL", "cjg hoogeveen"), "WIJKTEAM_CJG");
            expected.put(
                    family(tenant, "PROFESSIONAL_REFERRAL", "Huisartsenpraktijk De Vaart"), "GENERAL_PRACTITIONER");
            expected.put(family(tenant, "PROFESSIONAL_REFERRAL", "Consultatiebureau"), "YOUTH_HEALTH_CARE");
            expected.put(family(tenant, "PROFESSIONAL_REFERRAL", "GGD Drenthe, JGZ"), "YOUTH_HEALTH_CARE");
            expected.put(
                    family(tenant, "PROFESSIONAL_REFERRAL", "Schuldhulpverlening Meppel"), "SOCIAL_WORK_DEBT_ADVICE");
            expected.put(family(tenant, "PROFESSIONAL_REFERRAL", "Maatschappelijk werk"), "SOCIAL_WORK_DEBT_ADVICE");
            expected.put(family(tenant, "PROFESSIONAL_REFERRAL", "School (intern begeleider)"), "SCHOOL_CHILDCARE");
            expected.put(family(tenant, "PROFESSIONAL_REFERRAL", "Kinderopvang Kiekeboe"), "SCHOOL_CHILDCARE");
            expected.put(family(tenant, "COORDINATOR", "Wijkteam De Wolden"), "WIJKTEAM_CJG");
            expected.put(family(tenant, "COORDINATOR", "Buurtvereniging"), "OTHER");
            UUID untouched = family(tenant, "GENERAL_PRACTITIONER", "Wijkteam Meppel");
            expected.put(untouched, "GENERAL_PRACTITIONER");

            Sql.execute(
                    "DELETE FROM " + tenant.schema() + ".databasechangelog WHERE id = 'tenant-0012-referral-sources'");
            migrator.migrate(tenant);

            expected.forEach((id, source) -> assertThat(Sql.strings(
                                    "SELECT source || '|' || coalesce(referring_organisation, '-') FROM "
                                            + tenant.schema() + ".family WHERE id = ?",
                                    id)
                            .get(0))
                    .as(id.toString())
                    .startsWith(source + "|"));
            assertThat(Sql.strings(
                            "SELECT referring_organisation FROM " + tenant.schema() + ".family WHERE id = ?",
                            expected.keySet().toArray()[4]))
                    .as("the organisation text is kept")
                    .containsExactly("Stichting Present");
            assertThat(Sql.count("SELECT count(*) FROM " + tenant.schema()
                            + ".family WHERE source IN ('PUBLIC_FORM', 'COORDINATOR', 'PROFESSIONAL_REFERRAL')"))
                    .isZero();
            assertThat(Sql.strings(
                            "SELECT column_default FROM information_schema.columns WHERE table_schema = ?"
                                    + " AND table_name = 'family' AND column_name = 'source'",
                            tenant.schema()))
                    .singleElement()
                    .asString()
                    .contains("SELF_REGISTRATION");
        } finally {
            migrator.drop(tenant);
        }
    }

    private static UUID family(Tenant tenant, String source, String organisation) {
        UUID id = UUID.randomUUID();
        LocalDate registered = LocalDate.parse("2021-03-01");
        Sql.execute(
                "INSERT INTO " + tenant.schema() + ".family (id, parent_name, postcode, number_of_children,"
                        + " registration_date, status, created_at, source, referring_organisation, status_changed_on)"
                        + " VALUES (?, ?, '7941 AB', 1, ?, 'REGISTERED', ?, ?, ?, ?)",
                id,
                "Gezin " + id.toString().substring(0, 8),
                registered,
                OffsetDateTime.of(registered.atTime(9, 0), ZoneOffset.ofHours(1)),
                source,
                organisation,
                registered);
        return id;
    }
}
