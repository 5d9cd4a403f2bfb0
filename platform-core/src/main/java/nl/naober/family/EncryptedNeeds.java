package nl.naober.family;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Set;
import nl.naober.crypto.FieldCipher;
import nl.naober.programme.EnumSetConverter;
import nl.naober.programme.NeedCategory;

/**
 * A child's needs (health-related, e.g. ADHD): the comma-separated names of {@link EnumSetConverter.Needs},
 * encrypted. Nothing filters on them in SQL; suggestions and monitoring read them through the entity or not at all.
 */
@Converter
class EncryptedNeeds implements AttributeConverter<Set<NeedCategory>, String> {

    private final EnumSetConverter.Needs names = new EnumSetConverter.Needs();
    private final FieldCipher cipher;

    EncryptedNeeds(FieldCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public String convertToDatabaseColumn(Set<NeedCategory> needs) {
        return cipher.encrypt(names.convertToDatabaseColumn(needs));
    }

    @Override
    public Set<NeedCategory> convertToEntityAttribute(String stored) {
        return names.convertToEntityAttribute(cipher.decrypt(stored));
    }
}
