package nl.naober.matching;

import static nl.naober.testsupport.TwoMunicipalities.ALPHA;
import static nl.naober.testsupport.TwoMunicipalities.BETA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.naober.family.FamilyService;
import nl.naober.family.FamilyStatus;
import nl.naober.family.FamilyView;
import nl.naober.programme.NotFoundException;
import nl.naober.programme.RuleViolationException;
import nl.naober.supportfamily.SupportFamilyService;
import nl.naober.supportfamily.SupportFamilyView;
import nl.naober.tenancy.TenantContext;
import nl.naober.testsupport.CaseSteps;
import nl.naober.testsupport.CoreModuleTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

/** Matches from proposal to trial against the real tenant schemas, through {@link MatchService}'s public methods. */
@CoreModuleTest
class MatchServiceModuleTest {

    private static final LocalDate START = LocalDate.now().minusDays(40);

    @Autowired
    MatchService matches;

    @Autowired
    FamilyService families;

    @Autowired
    SupportFamilyService supportFamilies;

    private CaseSteps steps() {
        return new CaseSteps(families, supportFamilies, matches);
    }

    @Test
    void aWaitingFamilyAndAnAvailableSupportFamilyMakeAProposalAndThenATrialOfTheSettingsLength() {
        MatchView trial = TenantContext.call(ALPHA, () -> {
            SupportFamilyView supportFamily = steps().availableSupportFamily("Alfa Voorstel Steun", START);
            FamilyView family = steps().waitingFamily("Alfa Voorstel Gezin", START);
            MatchView proposed = steps().propose(family, supportFamily, START.plusDays(10));
            assertThat(proposed.status()).isEqualTo(MatchStatus.PROPOSED);
            assertThat(proposed.coordinator()).isEqualTo("module-test");
            return steps().startTrial(proposed, START.plusDays(12));
        });

        assertThat(trial.status()).isEqualTo(MatchStatus.TRIAL);
        assertThat(trial.trialPlannedEnd()).isEqualTo(START.plusDays(12).plusMonths(2));
        TenantContext.run(ALPHA, () -> {
            assertThat(families.get(trial.familyId()).status()).isEqualTo(FamilyStatus.MATCHED);
            assertThat(matches.childrenPlaced(List.of(trial.supportFamilyId())))
                    .containsEntry(trial.supportFamilyId(), 1);
        });
    }

    @Test
    void aFamilyWithAnOpenMatchGetsNoSecondProposal() {
        TenantContext.run(ALPHA, () -> {
            SupportFamilyView first = steps().availableSupportFamily("Alfa Eerste Steun", START);
            SupportFamilyView second = steps().availableSupportFamily("Alfa Tweede Steun", START);
            FamilyView family = steps().waitingFamily("Alfa Dubbel Gezin", START);
            steps().propose(family, first, START.plusDays(10));

            assertThatThrownBy(() -> steps().propose(family, second, START.plusDays(11)))
                    .isInstanceOfSatisfying(
                            RuleViolationException.class,
                            e -> assertThat(e.rules()).contains("rule.family-has-open-match"));
        });
    }

    @Test
    void anotherMunicipalityNeitherSeesNorChangesAMatch() {
        MatchView proposed = TenantContext.call(
                ALPHA,
                () -> steps().propose(
                                steps().waitingFamily("Alfa Geheim Gezin", START),
                                steps().availableSupportFamily("Alfa Geheim Steun", START),
                                START.plusDays(10)));

        TenantContext.run(BETA, () -> {
            assertThatThrownBy(() -> matches.get(proposed.id())).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> matches.startTrial(proposed.id(), new TrialStart(START.plusDays(12), 0L)))
                    .isInstanceOf(NotFoundException.class);
            assertThat(matches.list(Set.of(MatchStatus.PROPOSED), Pageable.ofSize(100)))
                    .extracting(MatchView::id)
                    .doesNotContain(proposed.id());
            assertThat(matches.ofFamily(proposed.familyId())).isEmpty();
            assertThat(matches.childrenPlaced(List.of(proposed.supportFamilyId())))
                    .doesNotContainKey(proposed.supportFamilyId());
        });
        TenantContext.run(
                ALPHA, () -> assertThat(matches.get(proposed.id()).status()).isEqualTo(MatchStatus.PROPOSED));
    }
}
