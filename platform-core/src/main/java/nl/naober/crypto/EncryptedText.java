package nl.naober.crypto;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a text attribute encrypted ({@link FieldCipher}): {@code @Convert(converter = EncryptedText.class)}. The
 * attribute's {@code @Size} still limits the plain text; the column is {@code text}, as the stored form is longer.
 * Hibernate compares the plain values to find changes, so a random nonce never makes an unchanged row dirty.
 */
@Converter
public class EncryptedText implements AttributeConverter<String, String> {

    private final FieldCipher cipher;

    public EncryptedText(FieldCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public String convertToDatabaseColumn(String plain) {
        return cipher.encrypt(plain);
    }

    @Override
    public String convertToEntityAttribute(String stored) {
        return cipher.decrypt(stored);
    }
}
