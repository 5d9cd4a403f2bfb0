package nl.naober.web.json;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * A code from a fixed list is taken only as the list spells it. Jackson's enum reader trims what it cannot find, so
 * {@code " SOCIAL"} and {@code "SOCIAL\u0000"} were stored as SOCIAL (the fuzz suite found it in a child's needs).
 */
class ExactEnumCodes extends ValueDeserializerModifier {

    @Override
    public ValueDeserializer<?> modifyEnumDeserializer(
            DeserializationConfig config,
            JavaType type,
            BeanDescription.Supplier description,
            ValueDeserializer<?> deserializer) {
        Set<String> names = Arrays.stream(type.getRawClass().getEnumConstants())
                .map(constant -> ((Enum<?>) constant).name())
                .collect(Collectors.toUnmodifiableSet());
        return new Exact(deserializer, names, type.getRawClass());
    }

    private static final class Exact extends DelegatingDeserializer {

        private final Set<String> names;
        private final Class<?> enumType;

        Exact(ValueDeserializer<?> delegate, Set<String> names, Class<?> enumType) {
            super(delegate);
            this.names = names;
            this.enumType = enumType;
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new Exact(delegate, names, enumType);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
            if (parser.currentToken() == JsonToken.VALUE_STRING && !names.contains(parser.getString())) {
                // the value is not echoed: the answer lists the accepted codes instead
                throw new InvalidFormatException(parser, "not a code of " + enumType.getSimpleName(), null, enumType);
            }
            return super.deserialize(parser, context);
        }
    }
}
