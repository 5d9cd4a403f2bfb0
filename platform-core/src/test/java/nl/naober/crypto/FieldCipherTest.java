package nl.naober.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class FieldCipherTest {

    static final String K1 = EncryptionKeys.generate("k1");
    static final String K2 = EncryptionKeys.generate("k2");

    final FieldCipher cipher = new FieldCipher(EncryptionKeys.parse(K1));

    @Test
    void aValueComesBackAsItWentInAndIsStoredUnderTheCurrentKey() {
        String note = "Noor (9) heeft ADHD; moeder is alleenstaand. Zuhause ist es ruhig — ✓";

        String stored = cipher.encrypt(note);

        assertThat(stored).startsWith("enc:v1:k1:").doesNotContain("Noor", "ADHD");
        assertThat(cipher.decrypt(stored)).isEqualTo(note);
        assertThat(cipher.isCurrent(stored)).isTrue();
    }

    @Test
    void everyEncryptionUsesAFreshNonce() {
        String first = cipher.encrypt("dezelfde notitie");
        String second = cipher.encrypt("dezelfde notitie");

        assertThat(first).isNotEqualTo(second);
        assertThat(payload(first).substring(0, 16)).isNotEqualTo(payload(second).substring(0, 16));
        assertThat(cipher.decrypt(first)).isEqualTo(cipher.decrypt(second));
    }

    @Test
    void aChangedValueIsRefusedNotReadAsSomethingElse() {
        String stored = cipher.encrypt("Gesprek met school gepland");
        byte[] bytes = Base64.getDecoder().decode(payload(stored));
        bytes[bytes.length - 20] ^= 1;
        String flipped = "enc:v1:k1:" + Base64.getEncoder().encodeToString(bytes);

        assertThatThrownBy(() -> cipher.decrypt(flipped))
                .isInstanceOf(EncryptedValueException.class)
                .hasMessageContaining("'k1'")
                .hasMessageContaining("was changed");
    }

    @Test
    void aValueMovedUnderAnotherKeyIdDoesNotDecrypt() {
        // Same key material under two ids: the key id is authenticated data, so relabelling a value is detected.
        String material = K1.substring(K1.indexOf(':') + 1);
        FieldCipher twoIds = new FieldCipher(EncryptionKeys.parse(K1 + ",other:" + material));
        String relabelled = "enc:v1:other:" + payload(cipher.encrypt("tekst"));

        assertThatThrownBy(() -> twoIds.decrypt(relabelled)).isInstanceOf(EncryptedValueException.class);
    }

    @Test
    void aValueUnderAKeyThatIsNotConfiguredGivesAClearError() {
        String underK2 = new FieldCipher(EncryptionKeys.parse(K2)).encrypt("tekst");

        assertThatThrownBy(() -> cipher.decrypt(underK2))
                .isInstanceOf(EncryptedValueException.class)
                .hasMessageContaining("key 'k2', which is not configured")
                .hasMessageContaining("NAOBER_ENCRYPTION_KEYS")
                .hasMessageContaining("[k1]")
                .hasMessageNotContaining(payload(underK2));
    }

    @Test
    void theWrongKeyUnderTheRightIdIsRefused() {
        String stored = cipher.encrypt("tekst");
        FieldCipher otherMaterial = new FieldCipher(EncryptionKeys.parse(EncryptionKeys.generate("k1")));

        assertThatThrownBy(() -> otherMaterial.decrypt(stored))
                .isInstanceOf(EncryptedValueException.class)
                .hasMessageContaining("not the key it was written with");
    }

    @Test
    void textStoredBeforeEncryptionIsReadAsItIsAndCountsAsNotCurrent() {
        assertThat(cipher.decrypt("Kennismaking verliep goed")).isEqualTo("Kennismaking verliep goed");
        assertThat(cipher.decrypt("ADHD,AUTISM")).isEqualTo("ADHD,AUTISM");
        assertThat(cipher.isCurrent("Kennismaking verliep goed")).isFalse();
    }

    @Test
    void nullAndEmptyStayAsTheyAre() {
        assertThat(cipher.encrypt(null)).isNull();
        assertThat(cipher.decrypt(null)).isNull();
        assertThat(cipher.encrypt("")).isEmpty();
        assertThat(cipher.isCurrent(null)).isTrue();
        assertThat(cipher.isCurrent("")).isTrue();
    }

    @Test
    void afterARotationOldValuesStillReadAndNewOnesGoUnderTheNewKey() {
        String old = cipher.encrypt("van voor de rotatie");
        FieldCipher rotated = new FieldCipher(EncryptionKeys.parse(K2 + "," + K1));

        assertThat(rotated.decrypt(old)).isEqualTo("van voor de rotatie");
        assertThat(rotated.isCurrent(old)).isFalse();
        assertThat(rotated.encrypt("nieuw")).startsWith("enc:v1:k2:");
    }

    @Test
    void aMalformedValueIsRefused() {
        assertThatThrownBy(() -> cipher.decrypt("enc:v1:k1")).isInstanceOf(EncryptedValueException.class);
        assertThatThrownBy(() -> cipher.decrypt("enc:v1:k1:not base64!")).isInstanceOf(EncryptedValueException.class);
        assertThatThrownBy(() -> cipher.decrypt("enc:v1:k1:AAAA")).isInstanceOf(EncryptedValueException.class);
    }

    @Test
    void keySettingsAreCheckedWithoutRepeatingTheKey() {
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);

        assertThatThrownBy(() -> EncryptionKeys.parse(" "))
                .hasMessageContaining("NAOBER_ENCRYPTION_KEYS")
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> EncryptionKeys.parse("k1:" + shortKey))
                .hasMessageContaining("128 bits, not 256")
                .hasMessageNotContaining(shortKey);
        assertThatThrownBy(() -> EncryptionKeys.parse("justakey")).hasMessageContaining("entry 1");
        assertThatThrownBy(() -> EncryptionKeys.parse(K1 + ",:abc")).hasMessageContaining("entry 2");
        assertThatThrownBy(() -> EncryptionKeys.parse(K1 + "," + K1)).hasMessageContaining("'k1' appears twice");
        assertThatThrownBy(() -> EncryptionKeys.parse("k1:%%%")).hasMessageContaining("not valid base64");

        EncryptionKeys keys = EncryptionKeys.parse(" " + K2 + " , " + K1 + " ");
        assertThat(keys.currentId()).isEqualTo("k2");
        assertThat(keys.ids()).containsExactly("k2", "k1");
        assertThat(keys.toString()).doesNotContain(K1.substring(3), K2.substring(3));
    }

    private static String payload(String stored) {
        return stored.substring(stored.indexOf(':', "enc:v1:".length()) + 1);
    }
}
