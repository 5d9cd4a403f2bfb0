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
}
