package nl.naober.monitoring.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.naober.accesslog.Accessor;
import nl.naober.jobs.RetentionJob;
import nl.naober.municipality.MunicipalityProvisioning;
import nl.naober.municipality.NewMunicipality;
import nl.naober.retention.Retention;
import nl.naober.retention.RetentionCounts;
import nl.naober.retention.RetentionPreview;
import nl.naober.retention.RetentionRunView;
import nl.naober.settings.web.AdminHttp;
import nl.naober.support.CbsCodes;
import nl.naober.support.Http;
import nl.naober.support.NaoberIntegrationTest;
import nl.naober.support.Sql;
import nl.naober.tenancy.Tenant;
import nl.naober.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import tools.jackson.databind.JsonNode;

/**
 * Retention removes the people and keeps the figures: on the monitoring seed (2025) plus files on both sides of the
 * cut-off, every monitoring figure and every evaluation report, open or closed, is the same before and after the run,
 * while the old files lose every name, address, birth day and text. A file that fails half-way is left untouched and
 * done by the next run.
 */
@NaoberIntegrationTest
class AnonymisationKeepsTheFiguresTest {

    private static final String ADMIN = Http.basic("admin.buurtgezinnen");
    /** The seed is from 2025; files of the last two months are on the kept side. */
    private static final int RETENTION_MONTHS = 6;

    @LocalServerPort
    int port;

    @Autowired
    MunicipalityProvisioning provisioning;

    @Autowired
    RetentionJob job;

    @Autowired
    Retention retention;

    @Test
    void everyFigureAndReportIsTheSameAfterAnonymisation() {
        String code = "retain-" + Long.toString(System.nanoTime(), 36);
        provisioning.provision(new NewMunicipality(code, "Retain " + code, CbsCodes.free(), "buurtgezinnen"));
        Tenant tenant = Tenant.of(code);
        String s = '"' + tenant.schema() + '"';
        MonitoringSeed seed = new MonitoringSeed(tenant.schema());
        CaseFiguresTest.seed(seed);
        LocalDate recent = LocalDate.now().minusMonths(2);
        Files files = addFilesOnBothSides(seed, s, recent);
        Http http = new Http(port);
        setRetention(http, code);

        String periods = "/api/v1/admin/municipalities/" + code + "/evaluation-periods";
        String closedPeriod = period(http, periods, "Pilot voorjaar 2025", "2025-02-01", "2025-04-30");
        String openPeriod = period(http, periods, "Heel 2025", "2025-01-01", "2025-12-31");
        assertThat(http.post(periods + "/" + closedPeriod + "/close", ADMIN, "").status())
                .isEqualTo(200);
        List<String> figures = List.of(
                "/api/v1/municipalities/" + code + "/monitoring?from=2025-01-01&to="
                        + java.time.YearMonth.now().atEndOfMonth(),
                "/api/v1/municipalities/" + code + "/monitoring?from=2025-02-01&to=2025-04-30",
                "/api/v1/municipalities/" + code + "/monitoring?from=" + recent.withDayOfMonth(1) + "&to="
                        + java.time.YearMonth.now().atEndOfMonth(),
                "/api/v1/municipalities/" + code + "/evaluation-periods/" + closedPeriod + "/report",
                "/api/v1/municipalities/" + code + "/evaluation-periods/" + openPeriod + "/report",
                "/api/v1/municipalities/" + code + "/evaluation-periods/" + openPeriod + "/report.csv");
        Map<String, String> before = answers(http, figures);

        RetentionPreview preview = TenantContext.call(tenant, retention::preview);
        assertThat(preview.retentionMonths()).isEqualTo(RETENTION_MONTHS);
        // F0 and F1 closed, the old withdrawn family and the public registration never taken up; the old stopped
        // support family. Children: the three given below. Matches: M0 and M1 (F0, F1), none of the stopped one.
        assertThat(preview.wouldAnonymise()).isEqualTo(new RetentionCounts(4, 3, 1, 1, 2, 1, 1, 1));

        job.run();

        assertThat(answers(http, figures)).isEqualTo(before);
        RetentionRunView run = TenantContext.call(
                tenant, () -> retention.runs(PageRequest.of(0, 1)).getContent().get(0));
        assertThat(run.families()).isEqualTo(4);
        assertThat(run.supportFamilies()).isEqualTo(1);
        assertThat(run.accessLogLines()).isEqualTo(1);
        assertThat(run.failed()).isZero();
        System.out.printf(
                "Anonymisation test dataset: %d families, %d support families; anonymised %d families"
                        + " (%s children, %s matches), %d support families, %d old access-log lines deleted;"
                        + " %d figure answers identical before and after%n",
                Sql.count("select count(*) from " + s + ".family"),
                Sql.count("select count(*) from " + s + ".support_family"),
                run.families(),
                preview.wouldAnonymise().children(),
                preview.wouldAnonymise().matches(),
                run.supportFamilies(),
                run.accessLogLines(),
                figures.size());

        // The old side: nothing left that names or describes a person.
        for (UUID old : files.old()) {
            assertThat(Sql.strings(
                            "select concat_ws('|', parent_name, second_parent_name, contact_email, phone, street,"
                                    + " house_number, postcode, latitude, longitude, reason_other)"
                                    + " from " + s + ".family where id = ?",
                            old))
                    .containsExactly("Geanonimiseerd|7941");
        }
        assertThat(Sql.strings(
                        "select concat_ws('|', first_name, birth_date, needs_text) from " + s
                                + ".child where family_id = ?",
                        files.old().get(0)))
                .containsExactlyInAnyOrder("Kind|2019-01-01", "Kind|2021-01-01");
        assertThat(Sql.count(
                        "select count(*) from " + s + ".evaluation where notes is not null and match_id in"
                                + " (select id from " + s + ".family_match where family_id in (?, ?))",
                        files.old().get(0),
                        files.old().get(1)))
                .isZero();
        assertThat(Sql.count(
                        "select count(*) from " + s + ".family_intake where notes is not null and family_id = ?",
                        files.old().get(0)))
                .isZero();
        assertThat(Sql.strings(
                        "select concat_ws('|', household_name, email, street, experience_text) from " + s
                                + ".support_family where id = ?",
                        files.oldSupportFamily()))
                .containsExactly("Geanonimiseerd");
        assertThat(Sql.strings(
                        "select concat_ws('|', first_name, birth_date) from " + s
                                + ".household_member where support_family_id = ?",
                        files.oldSupportFamily()))
                .containsExactly("Lid|1980-01-01");
        assertThat(Sql.strings("select concat_ws('|', recipient, body) from " + s + ".outbox_mail"))
                .containsExactlyInAnyOrder("Geanonimiseerd|", "nieuw@example.nl|Beste Nieuw");
        assertThat(Sql.count("select count(*) from " + s + ".access_log where action = 'ANONYMISE'"
                        + " and username = 'systeem'"))
                .isEqualTo(5);

        // The kept side: as it was.
        assertThat(Sql.strings(
                        "select concat_ws('|', parent_name, contact_email, street, needs_text) from " + s
                                + ".family f join " + s + ".child c on c.family_id = f.id where f.id = ?",
                        files.recent()))
                .containsExactly("Nieuw|nieuw@example.nl|Dorpsstraat|Heeft rust nodig");

        TenantContext.run(
                tenant,
                () -> assertThat(retention.preview().wouldAnonymise().families())
                        .as("a second run has nothing left to do")
                        .isZero());
    }

    @Test
    void aFileThatFailsHalfWayIsUntouchedAndTheNextRunDoesIt() {
        String code = "crash-" + Long.toString(System.nanoTime(), 36);
        provisioning.provision(new NewMunicipality(code, "Crash " + code, CbsCodes.free(), "buurtgezinnen"));
        Tenant tenant = Tenant.of(code);
        String s = '"' + tenant.schema() + '"';
        MonitoringSeed seed = new MonitoringSeed(tenant.schema());
        Files files = addFilesOnBothSides(seed, s, LocalDate.now().minusMonths(2));
        setRetention(new Http(port), code);
        UUID failing = files.old().get(0);
        // The family row is the last thing anonymised; failing there proves the children's update rolls back too.
        Sql.execute("create function " + s + ".refuse() returns trigger language plpgsql as $$ begin" + " if new.id = '"
                + failing + "' then raise exception 'disk full'; end if; return new; end $$");
        Sql.execute("create trigger refuse before update on " + s + ".family for each row execute function " + s
                + ".refuse()");

        RetentionRunView first = TenantContext.call(tenant, () -> retention.run(Accessor.SYSTEM));
        assertThat(first.failed()).isEqualTo(1);
        assertThat(first.families()).isEqualTo(files.old().size() - 1);
        assertThat(Sql.strings(
                        "select first_name from " + s + ".child where family_id = ? order by first_name", failing))
                .containsExactly("Noor", "Sem");
        assertThat(Sql.strings("select parent_name from " + s + ".family where id = ?", failing))
                .containsExactly("Oud Een");

        Sql.execute("drop trigger refuse on " + s + ".family");
        RetentionRunView second = TenantContext.call(tenant, () -> retention.run(Accessor.SYSTEM));
        assertThat(second.failed()).isZero();
        assertThat(second.families()).isEqualTo(1);
        assertThat(Sql.strings("select first_name from " + s + ".child where family_id = ?", failing))
                .containsOnly("Kind");
    }

    /** The old files (before the cut-off) first in {@code old}; one kept file of each kind. */
    record Files(List<UUID> old, UUID oldSupportFamily, UUID recent) {}

    /**
     * Personal data on the seed's two closed families F0 and F1 (found by their closing dates), an old withdrawn
     * family, an old public registration never taken up, an old stopped support family, and on the kept side a
     * family closed two months ago and a support family stopped then; e-mail to both sides, and a log line of six
     * years ago.
     */
    private static Files addFilesOnBothSides(MonitoringSeed seed, String s, LocalDate recent) {
        List<UUID> closedInSeed = Sql.strings(
                        "select id::text from " + s + ".family where status = 'CLOSED' order by status_changed_on desc")
                .stream()
                .map(UUID::fromString)
                .toList();
        UUID f0 = closedInSeed.isEmpty()
                ? seed.family("2025-01-15", "SELF_REGISTRATION", "POVERTY", "CLOSED", "2025-04-14")
                : closedInSeed.get(0);
        UUID f1 = closedInSeed.size() > 1
                ? closedInSeed.get(1)
                : seed.family("2025-02-03", "SELF_REGISTRATION", "POVERTY", "CLOSED", "2025-04-11");
        if (closedInSeed.isEmpty()) {
            UUID s1 = seed.supportFamily("2025-01-10", "AVAILABLE", 2, "2025-01-20");
            UUID m0 = seed.match(
                    f0,
                    s1,
                    "ENDED",
                    1,
                    "MONDAY_MORNING",
                    "2025-01-22",
                    "2025-01-27",
                    "2025-03-03",
                    "2025-04-14",
                    "GOAL_REACHED");
            seed.evaluation(m0, "TRIAL", "2025-03-03", "CONTINUE");
        }
        Sql.execute(
                "update " + s + ".family set parent_name = 'Oud Een', second_parent_name = 'Oud Twee',"
                        + " contact_email = 'oud@example.nl', phone = '0612345678', street = 'Kerkstraat', house_number = '1',"
                        + " latitude = 52.7, longitude = 6.2, reason_other = 'schulden' where id = ?",
                f0);
        child(s, f0, "Noor", "2019-05-17");
        child(s, f0, "Sem", "2021-11-02");
        Sql.execute(
                "insert into " + s + ".family_intake (family_id, visit_date, coordinator, outcome, wishes, notes)"
                        + " values (?, date '2025-01-20', 'coordinator', 'SUITABLE', 'woensdag', 'moeder is moe')",
                f0);
        Sql.execute("update " + s + ".evaluation set notes = 'Noor heeft het naar haar zin'");
        Sql.execute("update " + s + ".match_signal set notes = 'zorgen over schulden'");
        UUID withdrawn = seed.family("2025-02-01", "SELF_REGISTRATION", "POVERTY", "WITHDRAWN", "2025-02-20");
        UUID untaken = seed.family("2025-03-01", "SELF_REGISTRATION", "POVERTY", "REGISTERED", null);
        child(s, untaken, "Lot", "2020-06-06");
        Sql.execute(
                "insert into " + s + ".public_registration (id, kind, received_at, channel, first_name, family_id,"
                        + " content_hash, consent_version, consent_at) values (?, 'FAMILY', timestamp with time zone"
                        + " '2025-03-01 10:00+01', 'FORM', 'Lotte', ?, ?, '2026-1', timestamp with time zone"
                        + " '2025-03-01 10:00+01')",
                UUID.randomUUID(),
                untaken,
                "a".repeat(64));
        UUID oldSupportFamily = seed.supportFamily("2025-01-05", "STOPPED", 1, "2025-03-01");
        Sql.execute(
                "update " + s + ".support_family set email = 'steun@example.nl', street = 'Brink',"
                        + " experience_text = 'oud-leerkracht' where id = ?",
                oldSupportFamily);
        Sql.execute(
                "insert into " + s + ".household_member (id, support_family_id, first_name, birth_date)"
                        + " values (?, ?, 'Wim', date '1980-07-14')",
                UUID.randomUUID(),
                oldSupportFamily);

        UUID recentFamily = seed.family(
                recent.minusMonths(3).toString(), "SELF_REGISTRATION", "POVERTY", "CLOSED", recent.toString());
        Sql.execute(
                "update " + s + ".family set parent_name = 'Nieuw', contact_email = 'nieuw@example.nl',"
                        + " street = 'Dorpsstraat' where id = ?",
                recentFamily);
        Sql.execute(
                "insert into " + s + ".child (id, family_id, first_name, birth_date, needs_text)"
                        + " values (?, ?, 'Mees', date '2018-03-03', 'Heeft rust nodig')",
                UUID.randomUUID(),
                recentFamily);
        seed.supportFamily(recent.minusMonths(6).toString(), "STOPPED", 1, recent.toString());
        mail(s, "oud@example.nl", "Beste Oud");
        mail(s, "nieuw@example.nl", "Beste Nieuw");
        Sql.execute("insert into " + s + ".access_log (occurred_at, username, user_role, action, record_type)"
                + " values (now() - interval '6 years', 'coordinator', 'COORDINATOR', 'READ', 'FAMILY')");
        return new Files(List.of(f0, f1, withdrawn, untaken), oldSupportFamily, recentFamily);
    }

    private static void child(String s, UUID family, String name, String birthDate) {
        Sql.execute(
                "insert into " + s + ".child (id, family_id, first_name, birth_date, needs_text)"
                        + " values (?, ?, ?, ?::date, 'druk in de klas')",
                UUID.randomUUID(),
                family,
                name,
                birthDate);
    }

    private static void mail(String s, String to, String body) {
        Sql.execute(
                "insert into " + s + ".outbox_mail (id, dedup_key, purpose, recipient, subject, body, created_at,"
                        + " status, attempts, next_attempt_at, sent_at) values (?, ?, 'REGISTRATION_CONFIRMATION', ?, 'Aanmelding',"
                        + " ?, now(), 'SENT', 1, now(), now())",
                UUID.randomUUID(),
                UUID.randomUUID().toString(),
                to,
                body);
    }

    private static void setRetention(Http http, String code) {
        String path = "/api/v1/admin/municipalities/" + code + "/settings";
        JsonNode current = http.get(path, ADMIN).json();
        Map<String, Object> overrides = new LinkedHashMap<>();
        current.get("overrides").properties().forEach(e -> {
            if (!e.getValue().isNull()) {
                overrides.put(
                        e.getKey(),
                        e.getValue().isNumber()
                                ? e.getValue().asInt()
                                : e.getValue().asString());
            }
        });
        overrides.put("retentionMonths", RETENTION_MONTHS);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("values", overrides);
        JsonNode version = current.get("version");
        body.put("version", version == null || version.isNull() ? null : version.asLong());
        Http.Response saved = AdminHttp.put(http, path, ADMIN, Http.json(body));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    }

    private static String period(Http http, String periods, String name, String start, String end) {
        Http.Response created = http.post(
                periods,
                ADMIN,
                Http.json(Map.of("name", name, "start", start, "end", end, "evaluationDate", "2026-01-31")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private static Map<String, String> answers(Http http, List<String> paths) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (String path : paths) {
            Http.Response response = http.get(path, ADMIN);
            assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
            answers.put(path, response.body());
        }
        return answers;
    }
}
