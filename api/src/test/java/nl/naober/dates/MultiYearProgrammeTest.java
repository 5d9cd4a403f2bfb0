package nl.naober.dates;

import static nl.naober.support.CaseWork.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.naober.account.LocalAccounts;
import nl.naober.monitoring.CaseFigures;
import nl.naober.monitoring.CaseMonitoring;
import nl.naober.monitoring.MonitoringPeriod;
import nl.naober.monitoring.MonthlyRegistrations;
import nl.naober.monitoring.ReferralFunnel;
import nl.naober.municipality.MunicipalityProvisioning;
import nl.naober.support.Http;
import nl.naober.support.NaoberIntegrationTest;
import nl.naober.tenancy.Tenant;
import nl.naober.tenancy.TenantContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Issue 16, "done when": a programme of two years (2022 and 2023) is entered through the REST API in date order, years
 * later, every step on the day it happened; the monitoring figures of those years equal the hand computation below
 * (not a re-run of the SQL). A municipality of its own, so the figures are exactly these cases. The figures are read
 * through {@link CaseMonitoring} in the municipality's context: the coordinator's exact view, nothing suppressed.
 *
 * <pre>
 * support family  registered  VOG         intake      AVAILABLE   later
 * S1              2022-01-10  2022-01-12  2022-01-20  2022-02-01
 * S2              2022-02-15  2022-02-16  2022-03-01  2022-03-10
 * S3              2022-04-05  2022-04-06  2022-04-20  2022-05-01  STOPPED 2023-02-15 (with match M5)
 * S4              2022-06-01  -           2022-06-15  -           (in screening)
 * S5              2022-09-01  2022-09-02  2022-09-15  2022-10-01
 * S6              2023-01-20  2023-01-21  2023-02-01  2023-02-10
 * S7              2023-05-05  2023-05-06  2023-05-20  2023-06-01  PAUSED 2023-11-01
 * S8              2023-08-01  -           -           -           (registered)
 *
 * family  registered  intake      waiting     then                              days to intake
 * F1      2022-01-15  2022-01-25  2022-02-01  M1                                10
 * F2      2022-02-01  2022-02-10  2022-02-20  M2 (not continued), M3            9
 * F3      2022-03-01  2022-03-20  2022-04-01  M4 (cancelled), M5                19
 * F4      2022-04-10  2022-04-25  -           DECLINED 2022-05-01               15
 * F5      2022-05-15  2022-06-01  2022-06-10  WITHDRAWN 2022-09-01              17
 * F6      2022-08-01  2022-08-15  2022-09-01  M6                                14
 * F7      2022-11-01  2022-11-20  2022-12-01  M7                                19
 * F8      2023-01-10  2023-01-25  2023-02-05  M8                                15
 * F9      2023-03-01  2023-03-15  2023-04-01  M9 (not continued), waits again   14
 * F10     2023-05-10  2023-05-30  -           (intake)                          20
 * F11     2023-08-15  2023-09-01  -           WITHDRAWN 2023-09-20              17
 * F12     2023-11-10  -           -           (registered)                      -
 *
 * match  family sf  proposed    trial       decision          ended       reg→trial  intake→trial  trial→cont.  cont.→closed
 * M1     F1     S1  2022-02-10  2022-02-20  CONT 2022-04-15   2022-12-20  36         26            54           249
 * M2     F2     S2  2022-03-15  2022-03-25  END  2022-05-10   2022-05-10  52         43 (F2 first)
 * M3     F2     S1  2022-06-01  2022-06-10  CONT 2022-08-05   2023-05-31  129                      56           299
 * M4     F3     S3  2022-05-05  CANCELLED 2022-05-12
 * M5     F3     S3  2022-06-20  2022-07-01  CONT 2022-08-26   2023-02-15  122        103           56           173
 * M6     F6     S5  2022-10-10  2022-10-20  CONT 2022-12-15   (active)    80         66            56
 * M7     F7     S6  2023-02-20  2023-03-01  CONT 2023-04-26   2023-12-15  120        101           56           233
 * M8     F8     S2  2023-02-15  2023-02-25  (still in trial)              46         31
 * M9     F9     S7  2023-06-05  2023-06-15  END  2023-07-20   2023-07-20  106        92
 * </pre>
 *
 * Hand computation (medians and the 90th percentile as PostgreSQL's percentile_cont: linear between ranks):
 *
 * <pre>
 * 2022 (end 2022-12-31)
 *   waiting time, trials started: M1 36, M2 52, M3 129, M5 122, M6 80 → 5; sorted 36 52 80 122 129 → median 80.0;
 *     p90 at rank 0.9·4 = 3.6 → 122 + 0.6·7 = 126.2
 *   funnel F1..F7: registered 7; intake 7 (days 9 10 14 15 17 19 19 → median 15.0); waiting list reached 6
 *     (F1 F2 F3 F5 F6 F7; not F4); trial 4 (F1 F2 F3 F6; intake→trial 26 43 66 103 → 54.5); continued 4
 *     (54 56 56 56 → 56.0); closed 1 (F1: 249 → 249.0)
 *   support families: new 5 (Jan, Feb, Apr, Jun, Sep); available at the end 4 (S1 S2 S3 S5; S3 stopped only in
 *     2023); free capacity 1 + 2 + 1 + 1 = 5 (S1: M3 open; S2: none; S3: M5 open; S5: M6 open); waiting at the end
 *     1 (F7); candidate depth 4 / 1 = 4.00
 *   matches: started 5, continued 4 (M1 M3 M5 M6), ended 1 (M2), running at the end 3 (M3 M5 M6), closings 2 (M1
 *     M2)
 * 2023 (end 2023-12-31)
 *   waiting time: M8 46, M7 120, M9 106 → 3; median 106.0; p90 at rank 1.8 → 106 + 0.8·14 = 117.2
 *   funnel F8..F12: registered 5; intake 4 (15 14 20 17 → 16.0); waiting 2 (F8 F9); trial 2 (31 92 → 61.5);
 *     continued 0; closed 0
 *   support families: new 3 (Jan, May, Aug); available at the end 4 (S1 S2 S5 S6; S3 stopped, S7 paused);
 *     free capacity 2 + 1 + 1 + 2 = 6 (S2: M8 in trial; S5: M6 active); waiting at the end 1 (F9); depth 4.00
 *   matches: started 3, continued 1 (M7), ended 1 (M9), running at the end 2 (M6 M8), closings 4 (M5 M3 M9 M7)
 * 2022-2023 (end 2023-12-31)
 *   waiting time: 8 trials; sorted 36 46 52 80 106 120 122 129 → median (80 + 106) / 2 = 93.0;
 *     p90 at rank 6.3 → 122 + 0.3·7 = 124.1
 *   funnel F1..F12: registered 12; intake 11 (9 10 14 14 15 15 17 17 19 19 20 → 15.0); waiting 8; trial 7
 *     (26 31 43 66 92 101 103 → 66.0); continued 5 (54 56 56 56 56 → 56.0); closed 4 (173 233 249 299 → 241.0)
 *   support families: new 8
 * </pre>
 */
@NaoberIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MultiYearProgrammeTest {

    static final MonitoringPeriod YEAR_2022 =
            new MonitoringPeriod(LocalDate.parse("2022-01-01"), LocalDate.parse("2022-12-31"));
    static final MonitoringPeriod YEAR_2023 =
            new MonitoringPeriod(LocalDate.parse("2023-01-01"), LocalDate.parse("2023-12-31"));
    static final MonitoringPeriod BOTH_YEARS =
            new MonitoringPeriod(LocalDate.parse("2022-01-01"), LocalDate.parse("2023-12-31"));

    @LocalServerPort
    int port;

    @Autowired
    MunicipalityProvisioning provisioning;

    @Autowired
    LocalAccounts accounts;

    @Autowired
    CaseMonitoring monitoring;

    DatedCaseWork work;

    @BeforeAll
    void enterTheProgrammeInDateOrder() {
        work = DatedCaseWork.onboard(new Http(port), provisioning, accounts, "meerjarig");
        DatedCaseWork w = work;
        JsonNode s1 = w.supportFamily("Steungezin S1", "2022-01-10");
        w.screenSupportFamily(s1, "2022-01-12", "2022-01-20");
        JsonNode f1 = w.family("Gezin F1", "2022-01-15");
        w.familyIntake(f1, "2022-01-25");
        ok(w.supportFamilyStatus(s1, "AVAILABLE", "2022-02-01"));
        f1 = w.familyStatus(f1, "WAITING", "2022-02-01");
        JsonNode f2 = w.family("Gezin F2", "2022-02-01");
        JsonNode m1 = w.propose(f1, s1, "2022-02-10");
        w.familyIntake(f2, "2022-02-10");
        JsonNode s2 = w.supportFamily("Steungezin S2", "2022-02-15");
        w.screenSupportFamily(s2, "2022-02-16", "2022-03-01");
        w.startTrial(m1, "2022-02-20");
        f2 = w.familyStatus(f2, "WAITING", "2022-02-20");
        JsonNode f3 = w.family("Gezin F3", "2022-03-01");
        ok(w.supportFamilyStatus(s2, "AVAILABLE", "2022-03-10"));
        JsonNode m2 = w.propose(f2, s2, "2022-03-15");
        w.familyIntake(f3, "2022-03-20");
        w.startTrial(m2, "2022-03-25");
        f3 = w.familyStatus(f3, "WAITING", "2022-04-01");
        JsonNode s3 = w.supportFamily("Steungezin S3", "2022-04-05");
        w.screenSupportFamily(s3, "2022-04-06", "2022-04-20");
        JsonNode f4 = w.family("Gezin F4", "2022-04-10");
        w.evaluate(m1, "CONTINUE", "2022-04-15");
        w.familyIntake(f4, "2022-04-25");
        ok(w.supportFamilyStatus(s3, "AVAILABLE", "2022-05-01"));
        w.familyStatus(f4, "DECLINED", "2022-05-01");
        JsonNode m4 = w.propose(f3, s3, "2022-05-05");
        w.evaluate(m2, "END", "2022-05-10");
        w.cancel(m4, "2022-05-12");
        JsonNode f5 = w.family("Gezin F5", "2022-05-15");
        JsonNode s4 = w.supportFamily("Steungezin S4", "2022-06-01");
        JsonNode m3 = w.propose(f2, s1, "2022-06-01");
        w.familyIntake(f5, "2022-06-01");
        w.startTrial(m3, "2022-06-10");
        w.familyStatus(f5, "WAITING", "2022-06-10");
        w.supportFamilyIntake(s4, "2022-06-15");
        JsonNode m5 = w.propose(f3, s3, "2022-06-20");
        w.startTrial(m5, "2022-07-01");
        JsonNode f6 = w.family("Gezin F6", "2022-08-01");
        w.evaluate(m3, "CONTINUE", "2022-08-05");
        w.familyIntake(f6, "2022-08-15");
        w.evaluate(m5, "CONTINUE", "2022-08-26");
        JsonNode s5 = w.supportFamily("Steungezin S5", "2022-09-01");
        w.familyStatus(f5, "WITHDRAWN", "2022-09-01");
        f6 = w.familyStatus(f6, "WAITING", "2022-09-01");
        w.screenSupportFamily(s5, "2022-09-02", "2022-09-15");
        ok(w.supportFamilyStatus(s5, "AVAILABLE", "2022-10-01"));
        JsonNode m6 = w.propose(f6, s5, "2022-10-10");
        w.startTrial(m6, "2022-10-20");
        JsonNode f7 = w.family("Gezin F7", "2022-11-01");
        w.familyIntake(f7, "2022-11-20");
        f7 = w.familyStatus(f7, "WAITING", "2022-12-01");
        w.evaluate(m6, "CONTINUE", "2022-12-15");
        w.close(m1, "GOAL_REACHED", "2022-12-20");
        // 2023
        JsonNode f8 = w.family("Gezin F8", "2023-01-10");
        JsonNode s6 = w.supportFamily("Steungezin S6", "2023-01-20");
        w.screenSupportFamily(s6, "2023-01-21", "2023-02-01");
        w.familyIntake(f8, "2023-01-25");
        f8 = w.familyStatus(f8, "WAITING", "2023-02-05");
        ok(w.supportFamilyStatus(s6, "AVAILABLE", "2023-02-10"));
        w.close(m5, "SUPPORT_FAMILY_STOPPED", "2023-02-15");
        JsonNode m8 = w.propose(f8, s2, "2023-02-15");
        JsonNode m7 = w.propose(f7, s6, "2023-02-20");
        w.startTrial(m8, "2023-02-25");
        w.startTrial(m7, "2023-03-01");
        JsonNode f9 = w.family("Gezin F9", "2023-03-01");
        w.familyIntake(f9, "2023-03-15");
        f9 = w.familyStatus(f9, "WAITING", "2023-04-01");
        w.evaluate(m7, "CONTINUE", "2023-04-26");
        JsonNode s7 = w.supportFamily("Steungezin S7", "2023-05-05");
        w.screenSupportFamily(s7, "2023-05-06", "2023-05-20");
        JsonNode f10 = w.family("Gezin F10", "2023-05-10");
        w.familyIntake(f10, "2023-05-30");
        w.close(m3, "GOAL_REACHED", "2023-05-31");
        ok(w.supportFamilyStatus(s7, "AVAILABLE", "2023-06-01"));
        JsonNode m9 = w.propose(f9, s7, "2023-06-05");
        w.startTrial(m9, "2023-06-15");
        w.evaluate(m9, "END", "2023-07-20");
        w.supportFamily("Steungezin S8", "2023-08-01");
        JsonNode f11 = w.family("Gezin F11", "2023-08-15");
        w.familyIntake(f11, "2023-09-01");
        w.familyStatus(f11, "WITHDRAWN", "2023-09-20");
        ok(w.supportFamilyStatus(s7, "PAUSED", "2023-11-01"));
        w.family("Gezin F12", "2023-11-10");
        w.close(m7, "GOAL_REACHED", "2023-12-15");
    }

    @Test
    void theFiguresOfEachYearEqualTheHandComputation() {
        List<Figure> figures = new ArrayList<>();
        CaseFigures y2022 = figures(YEAR_2022);
        CaseFigures y2023 = figures(YEAR_2023);
        CaseFigures both = figures(BOTH_YEARS);

        year(figures, "2022", y2022, "5", "80.0", "126.2");
        funnel(figures, "2022", y2022.funnel(), "7", "7", "6", "4", "4", "1", "15.0", "54.5", "56.0", "249.0");
        supportFamilies(figures, "2022", y2022, "5", "4", "5", "1", "4.00");
        matches(figures, "2022", y2022, "5", "4", "1", "3", "2");

        year(figures, "2023", y2023, "3", "106.0", "117.2");
        funnel(figures, "2023", y2023.funnel(), "5", "4", "2", "2", "0", "0", "16.0", "61.5", null, null);
        supportFamilies(figures, "2023", y2023, "3", "4", "6", "1", "4.00");
        matches(figures, "2023", y2023, "3", "1", "1", "2", "4");

        year(figures, "2022-2023", both, "8", "93.0", "124.1");
        funnel(figures, "2022-2023", both.funnel(), "12", "11", "8", "7", "5", "4", "15.0", "66.0", "56.0", "241.0");
        figures.add(new Figure("2022-2023", "support families registered", "8", newSupportFamilies(both)));

        StringBuilder table = new StringBuilder(
                String.format("%nMulti-year programme (municipality %s): figure | hand | Naober%n", work.code));
        figures.forEach(f -> table.append(String.format(
                "%-10s %-45s %8s %8s%s%n", f.period, f.name, f.hand, f.actual, f.agrees() ? "" : "   <-- differs")));
        System.out.println(table);
        assertThat(figures.stream().filter(f -> !f.agrees()).map(Figure::toString))
                .as(table.toString())
                .isEmpty();
    }

    private CaseFigures figures(MonitoringPeriod period) {
        return TenantContext.call(Tenant.of(work.code), () -> monitoring.figures(period, LocalDate.now()));
    }

    private static void year(
            List<Figure> figures, String period, CaseFigures f, String started, String median, String p90) {
        figures.add(new Figure(
                period, "waiting time: trials started", started, f.waitingTime().matches()));
        figures.add(new Figure(
                period,
                "waiting time: median days reg.→trial",
                median,
                f.waitingTime().medianDays()));
        figures.add(new Figure(
                period,
                "waiting time: p90 days reg.→trial",
                p90,
                f.waitingTime().percentile90Days()));
    }

    private static void funnel(
            List<Figure> figures,
            String period,
            ReferralFunnel f,
            String registered,
            String intake,
            String waiting,
            String trial,
            String continued,
            String closed,
            String daysToIntake,
            String intakeToTrial,
            String trialToContinued,
            String continuedToClosed) {
        figures.add(new Figure(period, "funnel: registered", registered, f.registered()));
        figures.add(new Figure(period, "funnel: intake", intake, f.reachedIntake()));
        figures.add(new Figure(period, "funnel: waiting list", waiting, f.waiting()));
        figures.add(new Figure(period, "funnel: trial", trial, f.trial()));
        figures.add(new Figure(period, "funnel: continued", continued, f.continued()));
        figures.add(new Figure(period, "funnel: closed after continuing", closed, f.closed()));
        figures.add(new Figure(period, "funnel: median days reg.→intake", daysToIntake, f.medianDaysToIntake()));
        figures.add(new Figure(period, "funnel: median days intake→trial", intakeToTrial, f.medianDaysIntakeToTrial()));
        figures.add(new Figure(
                period, "funnel: median days trial→continued", trialToContinued, f.medianDaysTrialToContinued()));
        figures.add(new Figure(
                period, "funnel: median days continued→closed", continuedToClosed, f.medianDaysContinuedToClosed()));
    }

    private static void supportFamilies(
            List<Figure> figures,
            String period,
            CaseFigures f,
            String registered,
            String available,
            String freeCapacity,
            String waiting,
            String depth) {
        figures.add(new Figure(period, "support families registered", registered, newSupportFamilies(f)));
        figures.add(new Figure(
                period,
                "support families available at the end",
                available,
                f.supplyAndDemand().availableSupportFamilies()));
        figures.add(new Figure(
                period,
                "free capacity at the end",
                freeCapacity,
                f.supplyAndDemand().freeCapacity()));
        figures.add(new Figure(
                period,
                "families waiting at the end",
                waiting,
                f.supplyAndDemand().waitingFamilies()));
        figures.add(
                new Figure(period, "candidate depth", depth, f.supplyAndDemand().candidateDepth()));
    }

    private static void matches(
            List<Figure> figures,
            String period,
            CaseFigures f,
            String started,
            String continued,
            String ended,
            String running,
            String closings) {
        figures.add(new Figure(
                period, "matches: trials started", started, f.matches().started()));
        figures.add(new Figure(
                period, "matches: trials continued", continued, f.matches().trialsContinued()));
        figures.add(new Figure(
                period, "matches: trials not continued", ended, f.matches().trialsEnded()));
        figures.add(new Figure(
                period, "matches: running at the end", running, f.matches().runningAtEnd()));
        figures.add(
                new Figure(period, "matches: closings", closings, f.matches().closings()));
    }

    private static int newSupportFamilies(CaseFigures f) {
        return f.registrationsPerMonth().stream()
                .mapToInt(MonthlyRegistrations::supportFamilies)
                .sum();
    }

    /** One figure: its hand-computed value and Naober's, as text ("-" for none). */
    record Figure(String period, String name, String hand, String actual) {

        Figure(String period, String name, String hand, Object actual) {
            this(period, name, hand == null ? "-" : hand, actual == null ? "-" : actual.toString());
        }

        boolean agrees() {
            return Objects.equals(hand, actual);
        }
    }
}
