package nl.naober.core.family;

import jakarta.persistence.Converter;
import nl.naober.core.programme.EnumSetConverter;

@Converter
public class ReasonsConverter extends EnumSetConverter<RegistrationReason> {
    public ReasonsConverter() {
        super(RegistrationReason.class);
    }
}
