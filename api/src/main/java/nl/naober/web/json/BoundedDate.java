package nl.naober.web.json;

import java.time.LocalDate;
import nl.naober.web.problem.InputRefused;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.ext.javatime.deser.LocalDateDeserializer;

/**
 * Every date of a JSON body, whatever its field: ISO 8601 as Jackson reads it, in the years 1000 to 9999 (as the dates
 * in an address, {@code QueryDates}). Java also reads {@code 0000-01-01} and {@code +999999999-12-31}: no date a
 * person means, accepted until now wherever a field had no range of its own (a programme start, a registration
 * date), and a date that overflows the first time a day is added to it. Jackson trims the text before it reads it,
 * and Java's trim drops every control character too: {@code "2026-01-15\u0000"} was stored as 15 January (the fuzz
 * suite found it in an evaluation period), so a date is taken only as it is spelled.
 */
class BoundedDate extends ValueDeserializer<LocalDate> {

    static final int FIRST_YEAR = 1000;
    static final int LAST_YEAR = 9999;

    @Override
    public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
        if (parser.hasToken(JsonToken.VALUE_STRING)) {
            String text = parser.getString();
            if (!text.isEmpty() && !text.equals(text.strip()) || text.chars().anyMatch(Character::isISOControl)) {
                throw new RefusedDate(parser);
            }
        }
        LocalDate date = LocalDateDeserializer.INSTANCE.deserialize(parser, context);
        if (date != null && (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR)) {
            throw new RefusedDate(parser);
        }
        return date;
    }

    /** Carries no value: the answer names the field only. */
    static final class RefusedDate extends InvalidFormatException implements InputRefused {

        RefusedDate(JsonParser parser) {
            super(parser, "not a date, or one outside the years 1000 to 9999", null, LocalDate.class);
        }

        @Override
        public String messageKey() {
            return "problem.field.date";
        }
    }
}
