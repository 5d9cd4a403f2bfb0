package nl.naober.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AuthenticatorAppTest {

    @Test
    void codesAreThoseOfRfc6238sSha1TestVectorsCutToSixDigits() {
        byte[] secret = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

        // RFC 6238 appendix B, SHA1: T = 59 s → 94287082, T = 1111111109 s → 07081804, T = 2000000000 s → 69279037
        assertThat(AuthenticatorApp.code(secret, 59 / 30)).isEqualTo("287082");
        assertThat(AuthenticatorApp.code(secret, 1111111109L / 30)).isEqualTo("081804");
        assertThat(AuthenticatorApp.code(secret, 2000000000L / 30)).isEqualTo("279037");
    }

    @Test
    void aCodeGivenLateInItsStepIsStillAcceptedAFewSecondsLater() {
        // Keycloak accepts the step before its own, its own and the next. Under load the form reaches Keycloak
        // seconds after the code was made; a code of the step before is then refused once the clock has turned.
        long step = 1_000_000;
        long lateInTheStep = step * 30_000 + 28_000;
        long chosen = AuthenticatorApp.stepToUse(Long.MIN_VALUE, lateInTheStep);
        long keycloaksStepFiveSecondsLater = (lateInTheStep + 5_000) / 30_000;

        assertThat(chosen).isBetween(keycloaksStepFiveSecondsLater - 1, keycloaksStepFiveSecondsLater + 1);
    }

    @Test
    void quickLoginsEarlyInAStepUseThePreviousCurrentAndNextStepWithoutWaiting() {
        long earlyInTheStep = 1_000_000L * 30_000 + 2_000;

        assertThat(AuthenticatorApp.stepToUse(Long.MIN_VALUE, earlyInTheStep)).isEqualTo(999_999);
        assertThat(AuthenticatorApp.stepToUse(999_999, earlyInTheStep)).isEqualTo(1_000_000);
        assertThat(AuthenticatorApp.stepToUse(1_000_000, earlyInTheStep)).isEqualTo(1_000_001);
    }
}
