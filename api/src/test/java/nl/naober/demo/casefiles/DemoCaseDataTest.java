package nl.naober.demo.casefiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import nl.naober.account.LocalAccounts;
import nl.naober.family.FamilyService;
import nl.naober.family.FamilyStatus;
import nl.naober.family.FamilyView;
import nl.naober.identity.CurrentUser;
import nl.naober.identity.Role;
import nl.naober.matching.CloseReason;
import nl.naober.matching.MatchService;
import nl.naober.matching.MatchStatus;
import nl.naober.matching.MatchView;
import nl.naober.municipality.MunicipalityProvisioning;
import nl.naober.municipality.NewMunicipality;
import nl.naober.outcome.OutcomeMoment;
import nl.naober.outcome.OutcomeService;
import nl.naober.outcome.OutcomeView;
import nl.naober.support.CbsCodes;
import nl.naober.support.TestDatabaseInitializer;
import nl.naober.supportfamily.MemberView;
import nl.naober.supportfamily.SupportFamilyFilter;
import nl.naober.supportfamily.SupportFamilyService;
import nl.naober.supportfamily.SupportFamilyStatus;
import nl.naober.supportfamily.SupportFamilyView;
import nl.naober.supportfamily.VogStatus;
import nl.naober.tenancy.Tenant;
import nl.naober.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The demo caseload, seeded into a municipality of its own: the shared test database may hold families in the six
 * demo municipalities from other tests, and start-up seeding is off here as in the other integration tests (the
 * same properties also let this class share their cached application context).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"naober.security.bcrypt-strength=4", "naober.demo.case-data.enabled=false"})
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class DemoCaseDataTest {

    private static final PageRequest ALL = PageRequest.of(0, 100);

    @Autowired
    DemoCaseData demoCaseData;

    @Autowired
    MunicipalityProvisioning provisioning;

    @Autowired
    LocalAccounts accounts;

    @Autowired
    FamilyService families;

    @Autowired
    SupportFamilyService supportFamilies;

    @Autowired
    MatchService matches;

    @Autowired
    OutcomeService outcomes;

    @Autowired
    Clock clock;

    @Test
    void aNewMunicipalityGetsACaseloadInEveryStateOnceOnlyDoneByItsCoordinator() {
        String code = newMunicipality();
        String coordinator = "coordinator." + code;
        accounts.createWithHash(CurrentUser.of(coordinator, Role.COORDINATOR, code), accounts.hash("demo"));

        assertThat(demoCaseData.seed(code)).contains(new DemoCaseData.Seeded(25, DemoSupportFamilies.COUNT, 12));

        TenantContext.run(Tenant.of(code), () -> {
            LocalDate today = LocalDate.now(clock);
            List<FamilyView> familyList = families.list(ALL).getContent();
            assertThat(familyList).hasSize(25);
            assertThat(statuses(familyList, FamilyView::status)).containsExactlyInAnyOrder(FamilyStatus.values());
            assertThat(familyList)
                    .allSatisfy(f -> {
                        assertThat(f.parentName()).endsWith("(fictief)");
                        assertThat(f.contactEmail()).endsWith("@voorbeeld.nl");
                        assertThat(f.phone()).startsWith("06000");
                        assertThat(f.postcode()).startsWith("794");
                        assertThat(f.registrationDate()).isBetween(today.minusYears(2), today);
                        assertThat(f.coordinator()).isEqualTo(coordinator);
                    })
                    .anySatisfy(f -> assertThat(f.registrationDate()).isAfter(today.minusDays(7)));

            List<SupportFamilyView> supportFamilyList =
                    supportFamilies.list(SupportFamilyFilter.none(), ALL).getContent();
            assertThat(supportFamilyList).hasSize(15);
            assertThat(statuses(supportFamilyList, SupportFamilyView::status))
                    .containsExactlyInAnyOrder(
                            SupportFamilyStatus.AVAILABLE, SupportFamilyStatus.SCREENING,
                            SupportFamilyStatus.PAUSED, SupportFamilyStatus.STOPPED);
            List<MemberView> members = supportFamilyList.stream()
                    .flatMap(s -> s.members().stream())
                    .toList();
            assertThat(members).anySatisfy(m -> assertThat(m.vogStatus()).isEqualTo(VogStatus.EXPIRED));
            assertThat(members).anySatisfy(m -> assertThat(m.vogStatus()).isEqualTo(VogStatus.REQUESTED));
            assertThat(members)
                    .anySatisfy(m -> assertThat(m.vogNeededFrom()).isNotNull().isBetween(today, today.plusDays(60)));

            List<MatchView> matchList = matches.list(Set.of(), ALL).getContent();
            assertThat(statuses(matchList, MatchView::status)).containsExactlyInAnyOrder(MatchStatus.values());
            assertThat(statuses(matchList, MatchView::coordinator)).containsExactly(coordinator);
            assertThat(matchList)
                    .anySatisfy(m -> {
                        assertThat(m.status()).isEqualTo(MatchStatus.TRIAL);
                        assertThat(m.trialPlannedEnd()).isBetween(today, today.plusDays(14));
                    })
                    .anySatisfy(m -> {
                        assertThat(m.status()).isEqualTo(MatchStatus.ACTIVE);
                        assertThat(m.evaluations()).hasSizeGreaterThan(1);
                        assertThat(m.contacts()).isNotEmpty();
                    })
                    .anySatisfy(m -> {
                        assertThat(m.status()).isEqualTo(MatchStatus.ACTIVE);
                        assertThat(m.signals()).isNotEmpty();
                    })
                    .anySatisfy(m -> {
                        assertThat(m.status()).isEqualTo(MatchStatus.ACTIVE);
                        assertThat(m.nextEvaluationDue()).isBetween(today, today.plusDays(14));
                    })
                    .anySatisfy(m -> assertThat(m.closeReason()).isEqualTo(CloseReason.TRIAL_NOT_CONTINUED));

            UUID closedFamily = familyList.stream()
                    .filter(f -> f.status() == FamilyStatus.CLOSED)
                    .findFirst()
                    .orElseThrow()
                    .id();
            assertThat(statuses(outcomes.ofFamily(closedFamily), OutcomeView::moment))
                    .contains(OutcomeMoment.INTAKE, OutcomeMoment.CLOSING);
        });

        assertThat(demoCaseData.seed(code)).isEmpty();
        TenantContext.run(Tenant.of(code), () -> {
            assertThat(families.list(ALL).getTotalElements()).isEqualTo(25);
            assertThat(supportFamilies.list(SupportFamilyFilter.none(), ALL).getTotalElements())
                    .isEqualTo(15);
        });
    }

    @Test
    void theSameSeedBuildsTheSameHouseholds() {
        LocalDate today = LocalDate.now(clock);
        DemoHouseholds first = new DemoHouseholds(new Random(DemoCaseData.SEED), DemoArea.DEFAULT, today);
        DemoHouseholds second = new DemoHouseholds(new Random(DemoCaseData.SEED), DemoArea.DEFAULT, today);

        assertThat(first.family(1, today)).isEqualTo(second.family(1, today));
        assertThat(first.supportFamily(1, true)).isEqualTo(second.supportFamily(1, true));
    }

    private String newMunicipality() {
        Random random = new Random();
        String suffix = Long.toString(System.nanoTime(), 36);
        String code = "demo-" + suffix;
        provisioning.provision(new NewMunicipality(code, "Demo " + suffix, CbsCodes.free(), "buurtgezinnen"));
        return code;
    }

    private static <T, S> List<S> statuses(List<T> items, Function<T, S> status) {
        return items.stream().map(status).distinct().toList();
    }
}
