package nl.naober.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.naober.mail.Recipient;
import nl.naober.mail.web.MailIntegrationTest;
import nl.naober.mail.web.TestClock;
import nl.naober.mail.web.TestMunicipality;
import nl.naober.support.Http;
import nl.naober.support.Sql;
import nl.naober.tenancy.TenantContext;
import nl.naober.work.DailyDigest;
import nl.naober.work.Digest;
import nl.naober.work.DigestItem;
import nl.naober.work.DigestItem.Topic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The digest of Monday 2 March 2026 (the {@link TestClock}), computed by hand. Coordinators Anna, Bram and Carla;
 * VOGs are valid for 3 years; the trial and evaluation horizon is 7 days (up to and including Monday 9 March), the
 * VOG horizon 60 days (up to and including Friday 1 May).
 *
 * <p>Self-registrations, a reply is due within 5 working days (Europe/Amsterdam dates):
 *
 * <ul>
 *   <li>Sem (support family), received Mon 16 Feb, due Mon 23 Feb: overdue, listed for everyone;
 *   <li>Fenna (family), received Fri 20 Feb, due Fri 27 Feb: overdue, listed for everyone;
 *   <li>Daan, received Mon 23 Feb 09:00, due Mon 2 Mar, which is today: not overdue yet (the boundary);
 *   <li>Eva, received Sun 22 Feb 23:30 UTC, which is Mon 23 Feb 00:30 in Amsterdam: due today, not listed (in UTC
 *       it would have been a Sunday, due Fri 27 Feb, and listed);
 *   <li>Ids, received Thu 19 Feb but taken up: not listed.
 * </ul>
 *
 * <p>Anna's matches: a trial that ended Fri 27 Feb (overdue, listed), one ending Mon 9 Mar (listed), one ending Tue
 * 10 Mar (not), an evaluation due Wed 4 Mar (listed), one due Fri 20 Mar (not), an ENDED match with a trial end on
 * 3 Mar (not). Bram's: a trial ending Thu 5 Mar. A trial ending 3 Mar without a coordinator is nobody's.
 *
 * <p>Anna's support family: Wim's VOG (issued 1 Apr 2023) expires 1 Apr 2026, Els has none (one requested, not yet
 * issued), Jip turns 18 on 15 Apr 2026: three lines, the missing one first. Her other support family's VOG was issued
 * 1 Jan 2025 (valid until 2028): nothing. Bram's support family: Kees's VOG expired Sun 1 Mar; his STOPPED one
 * without any VOG is not listed. Carla has no cases: she gets the registrations only, and once they are taken up
 * nothing at all.
 */
@MailIntegrationTest
class DailyDigestTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    @LocalServerPort
    int port;

    @Autowired
    DailyDigest digest;

    TestMunicipality municipality;
    CaseSeed seed;
    Recipient anna;
    Recipient bram;
    Recipient carla;

    @BeforeEach
    void setUp() {
        TestClock.INSTANCE.reset();
        municipality = TestMunicipality.onboard(new Http(port), "dg", "anna", "bram", "carla");
        seed = new CaseSeed(municipality.schema());
        anna = withFirstName(municipality.coordinator("anna"), "Anna");
        bram = withFirstName(municipality.coordinator("bram"), "Bram");
        carla = withFirstName(municipality.coordinator("carla"), null);
    }

    @Test
    void eachCoordinatorGetsExactlyWhatNeedsThem() {
        UUID sem = seed.registration("SUPPORT_FAMILY", "Sem", Instant.parse("2026-02-16T08:00:00Z"), false);
        UUID fenna = seed.registration("FAMILY", "Fenna", Instant.parse("2026-02-20T09:00:00Z"), false);
        seed.registration("FAMILY", "Daan", Instant.parse("2026-02-23T08:00:00Z"), false);
        seed.registration("FAMILY", "Eva", Instant.parse("2026-02-22T23:30:00Z"), false);
        seed.registration("FAMILY", "Ids", Instant.parse("2026-02-19T09:00:00Z"), true);

        UUID trialOverdue = seed.match("TRIAL", anna.username(), date(2026, 2, 27), null);
        UUID trialAtHorizon = seed.match("TRIAL", anna.username(), date(2026, 3, 9), null);
        seed.match("TRIAL", anna.username(), date(2026, 3, 10), null);
        UUID evaluationSoon = seed.match("ACTIVE", anna.username(), null, date(2026, 3, 4));
        seed.match("ACTIVE", anna.username(), null, date(2026, 3, 20));
        seed.match("ENDED", anna.username(), date(2026, 3, 3), null);
        UUID bramsTrial = seed.match("TRIAL", bram.username(), date(2026, 3, 5), null);
        seed.match("TRIAL", null, date(2026, 3, 3), null);

        UUID annasHousehold = seed.supportFamily("AVAILABLE", anna.username());
        seed.certificate(seed.member(annasHousehold, "Wim", date(1980, 5, 5)), date(2023, 3, 1), date(2023, 4, 1));
        seed.certificate(seed.member(annasHousehold, "Els", date(1982, 1, 1)), date(2026, 2, 1), null);
        seed.member(annasHousehold, "Jip", date(2008, 4, 15));
        UUID annasOther = seed.supportFamily("AVAILABLE", anna.username());
        seed.certificate(seed.member(annasOther, "Ruud", date(1970, 1, 1)), date(2024, 12, 1), date(2025, 1, 1));
        UUID bramsHousehold = seed.supportFamily("AVAILABLE", bram.username());
        seed.certificate(seed.member(bramsHousehold, "Kees", date(1990, 6, 6)), date(2023, 2, 1), date(2023, 3, 1));
        seed.member(seed.supportFamily("STOPPED", bram.username()), "Lot", date(1970, 1, 1));

        Digest today = build(anna, bram, carla);

        assertThat(today.day()).isEqualTo(MONDAY);
        List<DigestItem> registrations = List.of(
                new DigestItem(Topic.REGISTRATION, "/steungezinnen/" + sem, date(2026, 2, 16), "Sem"),
                new DigestItem(Topic.REGISTRATION, "/gezinnen/" + fenna, date(2026, 2, 20), "Fenna"));
        assertThat(itemsOf(today, anna))
                .containsExactly(
                        registrations.get(0),
                        registrations.get(1),
                        new DigestItem(Topic.TRIAL_ENDING, "/koppelingen/" + trialOverdue, date(2026, 2, 27), null),
                        new DigestItem(Topic.TRIAL_ENDING, "/koppelingen/" + trialAtHorizon, date(2026, 3, 9), null),
                        new DigestItem(Topic.EVALUATION_DUE, "/koppelingen/" + evaluationSoon, date(2026, 3, 4), null),
                        new DigestItem(Topic.VOG, "/steungezinnen/" + annasHousehold, null, "MISSING"),
                        new DigestItem(Topic.VOG, "/steungezinnen/" + annasHousehold, date(2026, 4, 1), "EXPIRES"),
                        new DigestItem(Topic.VOG, "/steungezinnen/" + annasHousehold, date(2026, 4, 15), "TURNS_18"));
        assertThat(itemsOf(today, bram))
                .containsExactly(
                        registrations.get(0),
                        registrations.get(1),
                        new DigestItem(Topic.TRIAL_ENDING, "/koppelingen/" + bramsTrial, date(2026, 3, 5), null),
                        new DigestItem(Topic.VOG, "/steungezinnen/" + bramsHousehold, date(2026, 3, 1), "EXPIRES"));
        assertThat(itemsOf(today, carla)).containsExactlyElementsOf(registrations);

        seed.handleAllRegistrations();
        Digest afterTakingUp = build(anna, bram, carla);
        assertThat(afterTakingUp.coordinators())
                .as("no empty digests")
                .extracting(c -> c.coordinator().username())
                .containsExactly(anna.username(), bram.username());
        assertThat(itemsOf(afterTakingUp, bram)).hasSize(2);
    }

    @Test
    void aDigestIsQueuedOncePerCoordinatorPerDayAndNamesNoFamily() {
        UUID fenna = seed.registration("FAMILY", "Fenna", Instant.parse("2026-02-20T09:00:00Z"), false);
        UUID trial = seed.match("TRIAL", anna.username(), date(2026, 2, 27), null);
        UUID household = seed.supportFamily("AVAILABLE", anna.username());
        seed.member(household, "Jip", date(2008, 4, 15));
        seed.member(household, "Els", date(1982, 1, 1));

        int queued = TenantContext.call(
                municipality.tenant(), () -> digest.queue(List.of(anna, bram), "https://naober.example"));
        int again = TenantContext.call(
                municipality.tenant(), () -> digest.queue(List.of(anna, bram), "https://naober.example"));

        assertThat(queued).isEqualTo(2);
        assertThat(again).as("the same day again").isZero();
        assertThat(Sql.strings("SELECT dedup_key FROM " + municipality.schema()
                        + ".outbox_mail WHERE purpose = 'DAILY_DIGEST' ORDER BY dedup_key"))
                .containsExactly("digest:2026-03-02:" + anna.username(), "digest:2026-03-02:" + bram.username());
        String body = Sql.strings(
                        "SELECT body FROM " + municipality.schema() + ".outbox_mail WHERE recipient = ?", anna.email())
                .get(0);
        assertThat(body)
                .startsWith("Goedemorgen Anna,\n")
                .contains("maandag 2 maart 2026")
                .contains("Aanmeldingen die langer dan 5 werkdagen wachten: 1\n"
                        + "- Fenna, binnengekomen op 20-2-2026: https://naober.example/gezinnen/" + fenna + "\n")
                .contains("Proefperiodes die binnen 7 dagen eindigen: 1\n"
                        + "- proefperiode verstreken op 27-2-2026: https://naober.example/koppelingen/" + trial + "\n")
                .contains("(VOG) die aandacht nodig hebben: 2\n"
                        + "- VOG ontbreekt: https://naober.example/steungezinnen/" + household + "\n"
                        + "- huisgenoot wordt 18 op 15-4-2026, VOG nodig: https://naober.example/steungezinnen/"
                        + household + "\n")
                .contains("https://naober.example/werk")
                .doesNotContain("Evaluaties")
                .doesNotContain(CaseSeed.SECRET_NAME)
                .doesNotContain("Jip")
                .doesNotContain("Els");
        assertThat(Sql.strings(
                        "SELECT subject FROM " + municipality.schema() + ".outbox_mail WHERE recipient = ?",
                        bram.email()))
                .containsExactly("Naober: wat vandaag je aandacht vraagt (2-3-2026)");
    }

    private Digest build(Recipient... coordinators) {
        return TenantContext.call(municipality.tenant(), () -> digest.build(List.of(coordinators)));
    }

    private static List<DigestItem> itemsOf(Digest digest, Recipient coordinator) {
        return digest.coordinators().stream()
                .filter(c -> c.coordinator().username().equals(coordinator.username()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no digest for " + coordinator.username()))
                .items();
    }

    private static Recipient withFirstName(Recipient recipient, String firstName) {
        return new Recipient(recipient.username(), firstName, recipient.email());
    }

    private static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }
}
