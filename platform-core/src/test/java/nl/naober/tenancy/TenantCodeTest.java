package nl.naober.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TenantCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"meppel", "de-wolden", "midden-drenthe", "a1", "borger-odoorn"})
    void realCodesAreValid(String code) {
        assertThat(TenantCode.isValid(code)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "m",
                "MEPPEL",
                "1meppel",
                "-meppel",
                "meppel\";drop schema platform;--",
                "../x",
                "t_meppel",
                "meppel ",
                "méppel",
                "meppel\n"
            })
    void anythingElseIsInvalid(String code) {
        assertThat(TenantCode.isValid(code)).isFalse();
        assertThatThrownBy(() -> TenantCode.schemaFor(code)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void codesOfAtMostFortyOneCharactersAreAccepted() {
        assertThat(TenantCode.isValid("a" + "b".repeat(40))).isTrue();
        assertThat(TenantCode.isValid("a" + "b".repeat(41))).isFalse();
        assertThat(TenantCode.isValid(null)).isFalse();
    }

    @Test
    void theSchemaIsThePrefixedCodeWithUnderscores() {
        assertThat(TenantCode.schemaFor("midden-drenthe")).isEqualTo("t_midden_drenthe");
        assertThat(Tenant.of("de-wolden").schema()).isEqualTo("t_de_wolden");
    }

    @Test
    void aTenantCannotCarryASchemaOfAnotherCode() {
        assertThatThrownBy(() -> new Tenant("meppel", "t_hoogeveen")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Tenant("meppel", "platform")).isInstanceOf(IllegalArgumentException.class);
    }
}
