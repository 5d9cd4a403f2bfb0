package nl.naober.web.json;

import nl.naober.web.problem.InputRefused;
import nl.naober.web.problem.Text;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * Every string of a JSON body, whatever its field: refused when it holds a NUL or a lone surrogate. JSON may escape
 * both ({@code "\u0000"}, {@code "\uD800"}); neither is text a person types. PostgreSQL refuses a NUL with an error
 * (a 409 or 500 far from the field), and a lone surrogate is stored as something else than was sent (UTF-8 cannot
 * hold it) or breaks whoever reads it next. One rule here instead of a constraint on each of the API's text fields.
 */
class UnicodeText extends StringDeserializer {

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
        String text = super.deserialize(parser, context);
        if (text != null && !Text.isValid(text)) {
            throw new RefusedText(parser);
        }
        return text;
    }

    /** Carries no value: the answer names the field only. */
    static final class RefusedText extends InvalidFormatException implements InputRefused {

        RefusedText(JsonParser parser) {
            super(parser, "text with a NUL or a lone surrogate", null, String.class);
        }

        @Override
        public String messageKey() {
            return "problem.field.text";
        }
    }
}
