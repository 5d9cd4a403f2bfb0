package nl.naober.caserecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.naober.programme.Address;
import nl.naober.programme.EventDateException;
import nl.naober.programme.IntakeOutcome;
import nl.naober.programme.IntakeVisit;
import org.junit.jupiter.api.Test;

/** The rules a family's and a support family's case file share, on a case file of neither. */
class CaseFileTest {

    static final LocalDate REGISTERED = LocalDate.of(2026, 3, 10);

    static final class Case extends CaseFile {
        final List<IntakeVisit> intakes = new ArrayList<>();

        Case(String coordinator) {
            super(Address.of("Dorpsstraat", "1", "7941ab", "Meppel"), coordinator, REGISTERED, Instant.EPOCH);
        }
    }

    static IntakeVisit visit(LocalDate on) {
        return new IntakeVisit(on, "coördinator", null, null, IntakeOutcome.SUITABLE);
    }

    @Test
    void aNewCaseFileStartsItsStatusOnTheDayItRegistered() {
        Case file = new Case(null);
        assertThat(file.id()).isNotNull();
        assertThat(file.statusChangedOn()).isEqualTo(REGISTERED);
        assertThat(file.address().postcode()).isEqualTo("7941 AB");
    }

    @Test
    void anIntakeBeforeTheRegistrationIsRefusedAndTheIntakesShowTheLatestFirst() {
        Case file = new Case(null);
        assertThatThrownBy(() -> file.addIntake(file.intakes, visit(REGISTERED.minusDays(1))))
                .isInstanceOfSatisfying(EventDateException.class, e -> {
                    assertThat(e.field()).isEqualTo("visitDate");
                    assertThat(e.conflictsWith()).isEqualTo("registrationDate");
                });
        file.addIntake(file.intakes, visit(REGISTERED));
        file.addIntake(file.intakes, visit(REGISTERED.plusDays(9)));
        assertThat(CaseFile.newestFirst(file.intakes))
                .extracting(IntakeVisit::visitDate)
                .containsExactly(REGISTERED.plusDays(9), REGISTERED);
    }

    @Test
    void aStatusChangeLiesNeitherBeforeTheRegistrationNorBeforeThePreviousChange() {
        Case file = new Case(null);
        assertThatThrownBy(() -> file.requireNotBeforeLastChange("changedOn", REGISTERED.minusDays(1), "family."))
                .isInstanceOfSatisfying(
                        EventDateException.class,
                        e -> assertThat(e.conflictsWith()).isEqualTo("family.registrationDate"));
        file.statusChangedOn(REGISTERED.plusDays(5));
        assertThatThrownBy(() -> file.requireNotBeforeLastChange("changedOn", REGISTERED.plusDays(4), ""))
                .isInstanceOfSatisfying(
                        EventDateException.class,
                        e -> assertThat(e.conflictsWith()).isEqualTo("statusChangedOn"));
        file.requireNotBeforeLastChange("changedOn", REGISTERED.plusDays(5), "");
    }

    @Test
    void onlyACaseFileWithoutCoordinatorIsAssigned() {
        assertThat(new Case("anna").assignIfUnassigned("piet")).isFalse();
        Case unassigned = new Case(null);
        assertThat(unassigned.assignIfUnassigned("piet")).isTrue();
        assertThat(unassigned.coordinator()).isEqualTo("piet");
    }
}
