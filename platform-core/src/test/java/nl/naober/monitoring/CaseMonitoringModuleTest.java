package nl.naober.monitoring;

import static nl.naober.testsupport.TwoMunicipalities.ALPHA;
import static nl.naober.testsupport.TwoMunicipalities.BETA;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import nl.naober.family.FamilyService;
import nl.naober.family.FamilyView;
import nl.naober.family.RegistrationReason;
import nl.naober.family.RegistrationSource;
import nl.naober.matching.MatchService;
import nl.naober.matching.MatchView;
import nl.naober.supportfamily.SupportFamilyService;
import nl.naober.supportfamily.SupportFamilyView;
import nl.naober.tenancy.TenantContext;
import nl.naober.testsupport.CaseSteps;
import nl.naober.testsupport.CoreModuleTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The case figures against the real tenant schemas, through {@link CaseMonitoring}'s public method only. The cases
 * lie in 2019, a year no other module test uses, so the figures of that year are this class's own.
 */
@CoreModuleTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseMonitoringModuleTest {

    private static final MonitoringPeriod YEAR =
            new MonitoringPeriod(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31));

    @Autowired
    CaseMonitoring monitoring;

    @Autowired
    FamilyService families;

    @Autowired
    SupportFamilyService supportFamilies;

    @Autowired
    MatchService matches;

    @BeforeAll
    void casesOfBothMunicipalities() {
        CaseSteps steps = new CaseSteps(families, supportFamilies, matches);
        TenantContext.run(ALPHA, () -> {
            SupportFamilyView supportFamily = steps.availableSupportFamily("Alfa Steun", LocalDate.of(2019, 1, 2));
            FamilyView family = steps.waitingFamily("Alfa Gezin", LocalDate.of(2019, 2, 1));
            MatchView match = steps.propose(family, supportFamily, LocalDate.of(2019, 2, 10));
            steps.startTrial(match, LocalDate.of(2019, 2, 15));
        });
        TenantContext.run(BETA, () -> {
            steps.registerFamily("Beta Gezin Een", LocalDate.of(2019, 2, 3));
            steps.registerFamily("Beta Gezin Twee", LocalDate.of(2019, 2, 4));
            steps.registerFamily("Beta Gezin Drie", LocalDate.of(2019, 3, 4));
        });
    }

    @Test
    void registrationsAreCountedPerMonthOfTheirOwnDate() {
        CaseFigures alpha = TenantContext.call(ALPHA, () -> monitoring.figures(YEAR, LocalDate.of(2019, 12, 31)));

        assertThat(alpha.registrationsPerMonth()).hasSize(12);
        assertThat(alpha.registrationsPerMonth().get(0))
                .isEqualTo(new MonthlyRegistrations(YearMonth.of(2019, 1), 0, 1));
        assertThat(alpha.registrationsPerMonth().get(1))
                .isEqualTo(new MonthlyRegistrations(YearMonth.of(2019, 2), 1, 0));
        assertThat(alpha.registrationReasons()).containsEntry(RegistrationReason.SINGLE_PARENT_SEVERAL_CHILDREN, 1);
        assertThat(alpha.registrationSources()).containsEntry(RegistrationSource.WIJKTEAM_CJG, 1);
    }

    @Test
    void aTrialStartedInThePeriodCountsAsStartedAndRunningAtTheEnd() {
        CaseFigures alpha = TenantContext.call(ALPHA, () -> monitoring.figures(YEAR, LocalDate.of(2019, 12, 31)));

        assertThat(alpha.matches().started()).isEqualTo(1);
        assertThat(alpha.matches().runningAtEnd()).isEqualTo(1);
        assertThat(alpha.funnel().registered()).isEqualTo(1);
        assertThat(alpha.funnel().reachedIntake()).isEqualTo(1);
        assertThat(alpha.funnel().trial()).isEqualTo(1);
    }

    @Test
    void oneMunicipalitysCasesNeverAppearInAnothersFigures() {
        CaseFigures alpha = TenantContext.call(ALPHA, () -> monitoring.figures(YEAR, LocalDate.of(2019, 12, 31)));
        CaseFigures beta = TenantContext.call(BETA, () -> monitoring.figures(YEAR, LocalDate.of(2019, 12, 31)));

        assertThat(beta.registrationsPerMonth().get(1))
                .isEqualTo(new MonthlyRegistrations(YearMonth.of(2019, 2), 2, 0));
        assertThat(beta.registrationsPerMonth().get(2))
                .isEqualTo(new MonthlyRegistrations(YearMonth.of(2019, 3), 1, 0));
        assertThat(beta.funnel().registered()).isEqualTo(3);
        assertThat(beta.matches().started()).isZero();
        assertThat(beta.registrationsPerMonth().get(0).supportFamilies()).isZero();

        assertThat(alpha.funnel().registered()).isEqualTo(1);
        assertThat(alpha.registrationsPerMonth().get(2).families()).isZero();
    }

    @Test
    void aPeriodWithoutCasesHasOnlyZeros() {
        MonitoringPeriod empty = new MonitoringPeriod(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 3, 31));

        CaseFigures alpha = TenantContext.call(ALPHA, () -> monitoring.figures(empty, LocalDate.of(2018, 3, 31)));

        assertThat(alpha.registrationsPerMonth())
                .extracting(MonthlyRegistrations::families)
                .containsOnly(0);
        assertThat(alpha.matches().started()).isZero();
        assertThat(alpha.funnel().registered()).isZero();
    }
}
