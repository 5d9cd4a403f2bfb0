package nl.naober.monitoring.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.UUID;
import nl.naober.family.RegistrationReason;
import nl.naober.family.RegistrationSource;
import nl.naober.matching.CloseReason;
import nl.naober.monitoring.CaseFigures;
import nl.naober.monitoring.CaseMonitoring;
import nl.naober.monitoring.Escalations;
import nl.naober.monitoring.MatchFigures;
import nl.naober.monitoring.MeasureChange;
import nl.naober.monitoring.MonitoringPeriod;
import nl.naober.monitoring.MonthlyRegistrations;
import nl.naober.monitoring.OutcomeChanges;
import nl.naober.monitoring.QuarterTrend;
import nl.naober.monitoring.ReferralFunnel;
import nl.naober.monitoring.Share;
import nl.naober.monitoring.SupplyAndDemand;
import nl.naober.monitoring.WaitingTime;
import nl.naober.monitoring.YouthCareIndicators;
import nl.naober.municipality.MunicipalityProvisioning;
import nl.naober.municipality.NewMunicipality;
import nl.naober.support.CbsCodes;
import nl.naober.support.NaoberIntegrationTest;
import nl.naober.tenancy.Tenant;
import nl.naober.tenancy.TenantContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The case figures of a fresh municipality seeded with a small, deliberate dataset, every figure computed by hand.
 *
 * <p>Period 2025-02-01 .. 2025-04-30 (Feb, Mar, Apr; quarters Q1 and Q2), asOf 2025-04-20, so "the end" is
 * 2025-04-20. Nine families registered in the period (F1..F9), one before it (F0, January), whose match still
 * closes in the period. Five support families (S1 in January). Seven matches (M0..M6).
 *
 * <pre>
 * family reg.       source                 reasons                               status (changed)     intake
 * F0     2025-01-15 SELF_REGISTRATION      POVERTY                               CLOSED   (04-14)     01-20
 * F1     2025-02-03 SELF_REGISTRATION      NO_OWN_NETWORK,POVERTY                CLOSED   (04-11)     02-07
 * F2     2025-02-10 WIJKTEAM_CJG           CHILD_SPECIAL_NEEDS                   MATCHED  (03-03)     02-20
 * F3     2025-02-17 GENERAL_PRACTITIONER   SINGLE_PARENT…,NO_OWN_NETWORK         MATCHED  (03-07)     02-24
 * F4     2025-03-03 WIJKTEAM_CJG           POVERTY                               WAITING  (03-20)     03-05
 * F5     2025-03-10 SELF_REGISTRATION      NEWCOMER_IN_NEIGHBOURHOOD             WAITING  (03-25)     03-20
 * F6     2025-03-24 WIJKTEAM_CJG           CHILD_SPECIAL_NEEDS,SINGLE_PARENT…    INTAKE   (04-01)     04-01
 * F7     2025-04-07 GENERAL_PRACTITIONER   (none)                                REGISTERED           -
 * F8     2025-04-14 SELF_REGISTRATION      OTHER                                 WAITING  (04-25)     04-16
 * F9     2025-04-28 WIJKTEAM_CJG           POVERTY                               REGISTERED           -
 *
 * support family  created     status      capacity (changed)
 * S1              2025-01-10  AVAILABLE   2        (01-20)
 * S2              2025-02-05  AVAILABLE   3        (02-15)
 * S3              2025-03-12  AVAILABLE   1        (03-30)
 * S4              2025-04-10  SCREENING   2
 * S5              2025-04-15  AVAILABLE   2        (04-25, after the end)
 *
 * match family sf status     children day-parts proposed trial  active  ended  reason
 * M0    F0     S1 ENDED      1        1         01-22    01-27  03-03   04-14  GOAL_REACHED
 * M1    F1     S1 ENDED      1        2         02-10    02-14  03-12   04-11  GOAL_REACHED
 * M2    F2     S2 ACTIVE     2        1         02-24    03-03  03-31   -
 * M3    F3     S2 TRIAL      1        2         03-03    03-07  -       -
 * M4    F4     S3 ENDED      1        1         03-07    03-10  -       03-20  TRIAL_NOT_CONTINUED
 * M5    F5     S1 CANCELLED  1        1         03-26    -      -       03-28
 * M6    F5     S3 PROPOSED   1        1         04-15    -      -       -
 * </pre>
 */
@NaoberIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseFiguresTest {

    static final MonitoringPeriod PERIOD =
            new MonitoringPeriod(LocalDate.parse("2025-02-01"), LocalDate.parse("2025-04-30"));
    static final LocalDate AS_OF = LocalDate.parse("2025-04-20");

    @Autowired
    MunicipalityProvisioning provisioning;

    @Autowired
    CaseMonitoring monitoring;

    Tenant tenant;

    @BeforeAll
    void provisionAndSeed() {
        String code = "monitor-" + Long.toString(System.nanoTime(), 36);
        provisioning.provision(new NewMunicipality(code, "Monitor " + code, CbsCodes.free(), "buurtgezinnen"));
        tenant = Tenant.of(code);
        seed(new MonitoringSeed(tenant.schema()));
    }

    static void seed(MonitoringSeed db) {
        UUID f0 = db.family("2025-01-15", "SELF_REGISTRATION", "POVERTY", "CLOSED", "2025-04-14");
        UUID f1 = db.family("2025-02-03", "SELF_REGISTRATION", "NO_OWN_NETWORK,POVERTY", "CLOSED", "2025-04-11");
        UUID f2 = db.family("2025-02-10", "WIJKTEAM_CJG", "CHILD_SPECIAL_NEEDS", "MATCHED", "2025-03-03");
        UUID f3 = db.family(
                "2025-02-17",
                "GENERAL_PRACTITIONER",
                "NO_OWN_NETWORK,SINGLE_PARENT_SEVERAL_CHILDREN",
                "MATCHED",
                "2025-03-07");
        UUID f4 = db.family("2025-03-03", "WIJKTEAM_CJG", "POVERTY", "WAITING", "2025-03-20");
        UUID f5 = db.family("2025-03-10", "SELF_REGISTRATION", "NEWCOMER_IN_NEIGHBOURHOOD", "WAITING", "2025-03-25");
        UUID f6 = db.family(
                "2025-03-24",
                "WIJKTEAM_CJG",
                "CHILD_SPECIAL_NEEDS,SINGLE_PARENT_SEVERAL_CHILDREN",
                "INTAKE",
                "2025-04-01");
        db.family("2025-04-07", "GENERAL_PRACTITIONER", null, "REGISTERED", null);
        UUID f8 = db.family("2025-04-14", "SELF_REGISTRATION", "OTHER", "WAITING", "2025-04-25");
        db.family("2025-04-28", "WIJKTEAM_CJG", "POVERTY", "REGISTERED", null);

        db.intake(f0, "2025-01-20");
        db.intake(f1, "2025-02-07");
        db.intake(f2, "2025-02-20");
        db.intake(f3, "2025-02-24");
        db.intake(f4, "2025-03-05");
        db.intake(f5, "2025-03-20");
        db.intake(f6, "2025-04-01");
        db.intake(f8, "2025-04-16");

        UUID s1 = db.supportFamily("2025-01-10", "AVAILABLE", 2, "2025-01-20");
        UUID s2 = db.supportFamily("2025-02-05", "AVAILABLE", 3, "2025-02-15");
        UUID s3 = db.supportFamily("2025-03-12", "AVAILABLE", 1, "2025-03-30");
        db.supportFamily("2025-04-10", "SCREENING", 2, null);
        db.supportFamily("2025-04-15", "AVAILABLE", 2, "2025-04-25");

        UUID m0 = db.match(
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
        UUID m1 = db.match(
                f1,
                s1,
                "ENDED",
                1,
                "SATURDAY_MORNING,TUESDAY_AFTERNOON",
                "2025-02-10",
                "2025-02-14",
                "2025-03-12",
                "2025-04-11",
                "GOAL_REACHED");
        UUID m2 = db.match(
                f2, s2, "ACTIVE", 2, "WEDNESDAY_AFTERNOON", "2025-02-24", "2025-03-03", "2025-03-31", null, null);
        UUID m3 = db.match(
                f3, s2, "TRIAL", 1, "FRIDAY_AFTERNOON,FRIDAY_EVENING", "2025-03-03", "2025-03-07", null, null, null);
        UUID m4 = db.match(
                f4,
                s3,
                "ENDED",
                1,
                "MONDAY_EVENING",
                "2025-03-07",
                "2025-03-10",
                null,
                "2025-03-20",
                "TRIAL_NOT_CONTINUED");
        db.match(f5, s1, "CANCELLED", 1, "SUNDAY_MORNING", "2025-03-26", null, null, "2025-03-28", null);
        db.match(f5, s3, "PROPOSED", 1, "THURSDAY_MORNING", "2025-04-15", null, null, null, null);

        db.evaluation(m0, "TRIAL", "2025-03-03", "CONTINUE");
        db.evaluation(m1, "TRIAL", "2025-03-12", "CONTINUE");
        db.evaluation(m2, "TRIAL", "2025-03-31", "CONTINUE");
        db.evaluation(m4, "TRIAL", "2025-03-20", "END");
        db.evaluation(m1, "PERIODIC", "2025-04-01", "CONTINUE"); // periodic: not a trial decision

        db.signal(m2, "2025-03-15", "DEBTS", "NONE");
        db.signal(m3, "2025-03-20", "SAFETY", "PROFESSIONAL_CARE");
        db.signal(m1, "2025-04-02", "ESCALATION", "SOCIAL_WORK");
        db.signal(m0, "2025-01-30", "ESCALATION", "PROFESSIONAL_CARE"); // before the period

        //                                       strain rest network wellbeing  dropped goal   heavier
        db.outcome(f0, "INTAKE", "2025-01-20", 4, 2, 1, 3, null, null, null);
        db.outcome(f0, "CLOSING", "2025-04-14", 2, 4, 3, 4, false, true, null);
        db.outcome(f0, "FOLLOW_UP", "2026-04-14", 2, 4, 3, 4, null, null, false);
        db.outcome(f1, "INTAKE", "2025-02-07", 5, 1, 2, 2, null, null, null);
        db.outcome(f1, "EVALUATION", "2025-03-12", 1, 5, 5, 5, null, null, null); // not intake nor closing
        db.outcome(f1, "CLOSING", "2025-04-11", 3, 3, 2, 4, false, true, null);
        db.outcome(f1, "FOLLOW_UP", "2026-04-11", 3, 3, 2, 4, null, null, true);
        db.outcome(f2, "INTAKE", "2025-02-20", 4, 1, 1, 2, null, null, null); // no closing: not counted
        db.outcome(f4, "INTAKE", "2025-03-05", 3, 2, null, 3, null, null, null);
        db.outcome(f4, "CLOSING", "2025-03-20", 4, 2, 1, 3, true, false, null);
    }

    private CaseFigures figures(MonitoringPeriod period, LocalDate asOf) {
        return TenantContext.call(tenant, () -> monitoring.figures(period, asOf));
    }

    @Test
    void everyFigureOfTheSeededPeriodMatchesTheHandComputedValue() {
        CaseFigures figures = figures(PERIOD, AS_OF);

        assertThat(figures.end()).isEqualTo(LocalDate.parse("2025-04-20")); // min(04-30, 04-20)

        // Families by registration date: Feb F1 F2 F3, Mar F4 F5 F6, Apr F7 F8 F9 (F0 in January: outside).
        // Support families by created_at: Feb S2, Mar S3, Apr S4 S5 (S1 in January: outside).
        assertThat(figures.registrationsPerMonth())
                .containsExactly(
                        new MonthlyRegistrations(YearMonth.of(2025, 2), 3, 1),
                        new MonthlyRegistrations(YearMonth.of(2025, 3), 3, 1),
                        new MonthlyRegistrations(YearMonth.of(2025, 4), 3, 2));

        // Funnel over F1..F9, steps on or before 04-20.
        // intake: F1 +4 (02-03→02-07), F2 +10, F3 +7, F4 +2, F5 +10, F6 +8, F8 +2 → 7 families;
        //   sorted 2 2 4 7 8 10 10 → median 7.0
        // waiting: a match proposed by the end: F1 F2 F3 F4 F5 → 5 (F8 waits since 04-25, after the end)
        // trial: F1 02-14, F2 03-03, F3 03-07, F4 03-10 → 4; intake→trial: F1 7, F2 11 (02-20→03-03),
        //   F3 11 (02-24→03-07), F4 5 → sorted 5 7 11 11 → median (7+11)/2 = 9.0
        // continued: F1 (M1 03-12), F2 (M2 03-31) → 2; trial→active: 26 (02-14→03-12), 28 (03-03→03-31) → 27.0
        // closed after continuing: F1 (M1 03-12→04-11 = 30 days) → 1, median 30.0 (F4's trial that ended is not)
        assertThat(figures.funnel())
                .isEqualTo(new ReferralFunnel(
                        null,
                        9,
                        7,
                        5,
                        4,
                        2,
                        1,
                        new BigDecimal("7.0"),
                        new BigDecimal("9.0"),
                        new BigDecimal("27.0"),
                        new BigDecimal("30.0")));
        assertThat(figures.funnelBySource())
                .containsExactly(
                        // SELF_REGISTRATION: F1 F5 F8; intake 4, 10, 2 → median 4.0; waiting F1 F5; trial F1 (7 days);
                        // continued F1 (26 days); closed F1 (30 days)
                        new ReferralFunnel(
                                RegistrationSource.SELF_REGISTRATION,
                                3,
                                3,
                                2,
                                1,
                                1,
                                1,
                                new BigDecimal("4.0"),
                                new BigDecimal("7.0"),
                                new BigDecimal("26.0"),
                                new BigDecimal("30.0")),
                        // WIJKTEAM_CJG: F2 F4 F6 F9; intake 10, 2, 8 → median 8.0; waiting F2 F4;
                        // trial F2 (11) F4 (5) → 8.0; continued F2 (28 days)
                        new ReferralFunnel(
                                RegistrationSource.WIJKTEAM_CJG,
                                4,
                                3,
                                2,
                                2,
                                1,
                                0,
                                new BigDecimal("8.0"),
                                new BigDecimal("8.0"),
                                new BigDecimal("28.0"),
                                null),
                        // GENERAL_PRACTITIONER: F3 F7; intake F3 7 days; waiting F3; trial F3 (11 days)
                        new ReferralFunnel(
                                RegistrationSource.GENERAL_PRACTITIONER,
                                2,
                                1,
                                1,
                                1,
                                0,
                                0,
                                new BigDecimal("7.0"),
                                new BigDecimal("11.0"),
                                null,
                                null),
                        new ReferralFunnel(
                                RegistrationSource.SCHOOL_CHILDCARE, 0, 0, 0, 0, 0, 0, null, null, null, null),
                        new ReferralFunnel(
                                RegistrationSource.YOUTH_HEALTH_CARE, 0, 0, 0, 0, 0, 0, null, null, null, null),
                        new ReferralFunnel(
                                RegistrationSource.SOCIAL_WORK_DEBT_ADVICE, 0, 0, 0, 0, 0, 0, null, null, null, null),
                        new ReferralFunnel(RegistrationSource.OTHER, 0, 0, 0, 0, 0, 0, null, null, null, null));

        // At 04-20: available S1, S2, S3 (S4 screening, S5 available only from 04-25) → 3.
        // Open matches then: M2 (S2, 2 children), M3 (S2, 1), M6 (S3, 1); M5 cancelled 03-28.
        // Free: S1 2-0=2, S2 3-3=0, S3 1-1=0 → 2. Waiting: F4, F5 (F8 from 04-25) → 2. Depth 3/2 = 1.50.
        assertThat(figures.supplyAndDemand()).isEqualTo(new SupplyAndDemand(3, 2, 2, new BigDecimal("1.50")));

        // Trials started in the period: M1 11 days (02-03→02-14), M2 21 (02-10→03-03), M3 18 (02-17→03-07),
        // M4 7 (03-03→03-10). Sorted 7 11 18 21: median (11+18)/2 = 14.5;
        // p90: rank 0.9×(4−1) = 2.7 → 18 + 0.7×(21−18) = 20.1.
        assertThat(figures.waitingTime()).isEqualTo(new WaitingTime(4, new BigDecimal("14.5"), new BigDecimal("20.1")));

        // Started: M1 M2 M3 M4 = 4 (M0 started in January). Trial evaluations in the period: CONTINUE M0 M1 M2 = 3,
        // END M4 = 1 (the periodic one does not count) → 3/4 = 75.0%. Running at 04-20: M2 (ACTIVE), M3 (TRIAL) = 2.
        // Closings: M0 04-14 and M1 04-11 GOAL_REACHED, M4 03-20 TRIAL_NOT_CONTINUED = 3.
        // Duration: M0 01-27→04-14 = 4+28+31+14 = 77, M1 02-14→04-11 = 14+31+11 = 56, M4 10 → 143/3 = 47.67 → 47.7
        Map<CloseReason, Integer> reasons = Map.of(
                CloseReason.GOAL_REACHED, 2,
                CloseReason.FAMILY_MOVED, 0,
                CloseReason.MISMATCH, 0,
                CloseReason.SUPPORT_FAMILY_STOPPED, 0,
                CloseReason.ESCALATED_TO_YOUTH_CARE, 0,
                CloseReason.TRIAL_NOT_CONTINUED, 1,
                CloseReason.OTHER, 0);
        assertThat(figures.matches())
                .isEqualTo(new MatchFigures(4, 3, 1, new BigDecimal("75.0"), 2, 3, reasons, 3, new BigDecimal("47.7")));
        assertThat(figures.matches().closingsByReason().keySet()).containsExactly(CloseReason.values());

        // Day-part days inside [02-01, 04-20], each match from its trial start up to (not incl.) its end:
        // M0 02-01..04-13 = 72 days × 1 = 72; M1 02-14..04-10 = 56 × 2 = 112; M2 03-03..04-20 = 49 × 1 = 49;
        // M3 03-07..04-20 = 45 × 2 = 90; M4 03-10..03-19 = 10 × 1 = 10 → 333.
        // Total 333/7 = 47.571428571428...; per week: (333/7) / (79 days (02-01..04-20) / 7) = 333/79 = 4.2151898...
        // Neither is rounded before it is shown (issue 16): carried to 12 decimals.
        // Match-months, calendar months (a span's days in a month / the days of that month; February 2025 has 28):
        // M0 1 + 1 + 13/30; M1 15/28 + 1 + 10/30; M2 29/31 + 20/30; M3 25/31 + 20/30; M4 10/31
        // = 3 + 63/30 + 15/28 + 64/31 = 7.700230414747... (232 match-days / 30.436875 rounded to 7.6 before)
        assertThat(figures.dayParts().total()).isEqualByComparingTo("47.571428571429");
        assertThat(figures.dayParts().perWeek()).isEqualByComparingTo("4.215189873418");
        assertThat(figures.dayParts().matchMonths()).isEqualByComparingTo("7.700230414747");

        // Intake → closing (closings in the period: F0, F1, F4; F2 has no closing):
        // strain    F0 4→2, F1 5→3, F4 3→4: 12/3 = 4.00 → 9/3 = 3.00, change (−2−2+1)/3 = −1.00
        // rest      F0 2→4, F1 1→3, F4 2→2: 5/3 = 1.67 → 9/3 = 3.00, change (2+2+0)/3 = 1.33
        // network   F0 1→3, F1 2→2 (F4 has no intake rating): 3/2 = 1.50 → 5/2 = 2.50, change (2+0)/2 = 1.00
        // wellbeing F0 3→4, F1 2→4, F4 3→3: 8/3 = 2.67 → 11/3 = 3.67, change (1+2+0)/3 = 1.00
        assertThat(figures.outcomes())
                .isEqualTo(new OutcomeChanges(
                        change(3, "4.00", "3.00", "-1.00"),
                        change(3, "1.67", "3.00", "1.33"),
                        change(2, "1.50", "2.50", "1.00"),
                        change(3, "2.67", "3.67", "1.00")));

        // Closing measurements in the period: F0, F1, F4. Drop-out: F4 → 1/3 = 33.3%. Goal reached without
        // further help: F0, F1 → 2/3 = 66.7%. Follow-ups after those closings: F0 (no heavier care), F1 (heavier
        // care) → 1/2 = 50.0%.
        assertThat(figures.indicators())
                .isEqualTo(new YouthCareIndicators(
                        new Share(1, 3, new BigDecimal("33.3")),
                        new Share(2, 3, new BigDecimal("66.7")),
                        new Share(1, 2, new BigDecimal("50.0"))));

        // Signals in the period: 03-15 NONE, 03-20 PROFESSIONAL_CARE, 04-02 SOCIAL_WORK (01-30 is outside) →
        // 3 signals, 2 referrals, 1 to professional care.
        assertThat(figures.escalations()).isEqualTo(new Escalations(3, 2, 1));

        // Reasons of F1..F9 (F0's POVERTY is outside the period): single parent F3 F6, special needs F2 F6,
        // newcomer F5, poverty F1 F4 F9, no own network F1 F3, other F8; F7 gave none.
        assertThat(figures.registrationReasons())
                .containsExactly(
                        Map.entry(RegistrationReason.SINGLE_PARENT_SEVERAL_CHILDREN, 2),
                        Map.entry(RegistrationReason.CHILD_SPECIAL_NEEDS, 2),
                        Map.entry(RegistrationReason.NEWCOMER_IN_NEIGHBOURHOOD, 1),
                        Map.entry(RegistrationReason.POVERTY, 3),
                        Map.entry(RegistrationReason.NO_OWN_NETWORK, 2),
                        Map.entry(RegistrationReason.OTHER, 1));
        // Sources: self-registration F1 F5 F8, wijkteam F2 F4 F6 F9, GP F3 F7; every other source 0.
        assertThat(figures.registrationSources())
                .containsExactly(
                        Map.entry(RegistrationSource.SELF_REGISTRATION, 3),
                        Map.entry(RegistrationSource.WIJKTEAM_CJG, 4),
                        Map.entry(RegistrationSource.GENERAL_PRACTITIONER, 2),
                        Map.entry(RegistrationSource.SCHOOL_CHILDCARE, 0),
                        Map.entry(RegistrationSource.YOUTH_HEALTH_CARE, 0),
                        Map.entry(RegistrationSource.SOCIAL_WORK_DEBT_ADVICE, 0),
                        Map.entry(RegistrationSource.OTHER, 0));

        // Q1 (02-01..03-31): registrations F1..F6 = 6, started M1..M4 = 4, continued 3, ended 1, closings M4 = 1.
        // Q2 (04-01..04-30): registrations F7 F8 F9 = 3, nothing started or evaluated, closings M0 M1 = 2.
        assertThat(figures.quarters())
                .containsExactly(new QuarterTrend(2025, 1, 6, 4, 3, 1, 1), new QuarterTrend(2025, 2, 3, 0, 0, 0, 2));
    }

    @Test
    void aPeriodWithoutDataGivesZerosAndNulls() {
        MonitoringPeriod empty = new MonitoringPeriod(LocalDate.parse("2020-01-01"), LocalDate.parse("2020-02-29"));
        CaseFigures figures = figures(empty, LocalDate.parse("2025-04-20"));

        assertThat(figures.end()).isEqualTo(LocalDate.parse("2020-02-29"));
        assertThat(figures.registrationsPerMonth())
                .containsExactly(
                        new MonthlyRegistrations(YearMonth.of(2020, 1), 0, 0),
                        new MonthlyRegistrations(YearMonth.of(2020, 2), 0, 0));
        assertThat(figures.funnel()).isEqualTo(new ReferralFunnel(null, 0, 0, 0, 0, 0, 0, null, null, null, null));
        assertThat(figures.funnelBySource())
                .extracting(ReferralFunnel::source)
                .containsExactly(RegistrationSource.values());
        assertThat(figures.funnelBySource())
                .allSatisfy(f -> assertThat(f.registered()).isZero());
        assertThat(figures.supplyAndDemand()).isEqualTo(new SupplyAndDemand(0, 0, 0, null));
        assertThat(figures.waitingTime()).isEqualTo(new WaitingTime(0, null, null));
        assertThat(figures.matches()).isEqualTo(new MatchFigures(0, 0, 0, null, 0, 0, zeros(), 0, null));
        // 0 day-part days over 60 days (2020-01-01..02-29)
        assertThat(figures.dayParts().total()).isZero();
        assertThat(figures.dayParts().perWeek()).isZero();
        assertThat(figures.dayParts().matchMonths()).isZero();
        MeasureChange none = new MeasureChange(0, null, null, null);
        assertThat(figures.outcomes()).isEqualTo(new OutcomeChanges(none, none, none, none));
        Share nobody = new Share(0, 0, null);
        assertThat(figures.indicators()).isEqualTo(new YouthCareIndicators(nobody, nobody, nobody));
        assertThat(figures.escalations()).isEqualTo(new Escalations(0, 0, 0));
        assertThat(figures.registrationReasons())
                .containsOnlyKeys(RegistrationReason.values())
                .allSatisfy((reason, n) -> assertThat(n).isZero());
        assertThat(figures.registrationSources())
                .hasSize(RegistrationSource.values().length)
                .allSatisfy((source, n) -> assertThat(n).isZero());
        assertThat(figures.quarters()).containsExactly(new QuarterTrend(2020, 1, 0, 0, 0, 0, 0));
    }

    @Test
    void aFamilyRegisteredBeforeThePeriodIsNotCountedButItsMatchIs() {
        // Only F0 (2025-01-15) and its match M0 (trial 01-27, evaluated 03-03, closed 04-14) touch January.
        CaseFigures january =
                figures(new MonitoringPeriod(LocalDate.parse("2025-01-01"), LocalDate.parse("2025-01-31")), AS_OF);
        assertThat(january.funnel().registered()).isEqualTo(1);
        assertThat(january.registrationsPerMonth())
                .containsExactly(new MonthlyRegistrations(YearMonth.of(2025, 1), 1, 1));

        CaseFigures period = figures(PERIOD, AS_OF);
        assertThat(period.funnel().registered()).as("F0 registered in January").isEqualTo(9);
        assertThat(period.registrationSources().get(RegistrationSource.SELF_REGISTRATION))
                .isEqualTo(3);
        assertThat(period.matches().closings()).as("M0 closed in the period").isEqualTo(3);
    }

    private static MeasureChange change(int families, String intake, String closing, String change) {
        return new MeasureChange(families, new BigDecimal(intake), new BigDecimal(closing), new BigDecimal(change));
    }

    private static Map<CloseReason, Integer> zeros() {
        Map<CloseReason, Integer> zeros = new java.util.EnumMap<>(CloseReason.class);
        for (CloseReason reason : CloseReason.values()) {
            zeros.put(reason, 0);
        }
        return zeros;
    }
}
