package nl.naober.family;

import jakarta.persistence.Converter;
import nl.naober.programme.EnumSetConverter;

@Converter
public class ReasonsConverter extends EnumSetConverter<RegistrationReason> {
    public ReasonsConverter() {
        super(RegistrationReason.class);
    }
}
