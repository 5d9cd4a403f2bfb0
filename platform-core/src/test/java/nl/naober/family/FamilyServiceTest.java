package nl.naober.family;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FamilyServiceTest {

    @ParameterizedTest
    @ValueSource(strings = {"7941AB", "7941 ab", "7941ab", "7941 AB"})
    void postcodesAreStoredInOneForm(String typed) {
        assertThat(nl.naober.programme.Address.normalisePostcode(typed)).isEqualTo("7941 AB");
    }
}
