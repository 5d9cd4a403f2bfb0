package nl.naober.web.problem;

import java.time.LocalDate;
import java.util.Set;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.format.Parser;
import org.springframework.format.Printer;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.datetime.standard.Jsr310DateTimeFormatAnnotationFormatterFactory;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A date in the address ({@code ?from=}, {@code ?to=}, {@code ?asOf=}) lies in the years 1000 to 9999. ISO 8601 as
 * Java reads it takes {@code +999999999-12-31}, and a period ending then overflows the first time a day is added to
 * it: a 500 instead of a 400 naming the parameter.
 */
@Configuration(proxyBeanMethods = false)
class QueryDates implements WebMvcConfigurer {

    static final int FIRST_YEAR = 1000;
    static final int LAST_YEAR = 9999;

    @Override
    public void addFormatters(FormatterRegistry registry) {
        // Registered after Spring's own @DateTimeFormat support, so consulted before it.
        registry.addFormatterForFieldAnnotation(new Bounded());
    }

    /** Spring's ISO parsing, then the range; printing unchanged. */
    static final class Bounded implements AnnotationFormatterFactory<DateTimeFormat> {

        private final Jsr310DateTimeFormatAnnotationFormatterFactory iso =
                new Jsr310DateTimeFormatAnnotationFormatterFactory();

        @Override
        public Set<Class<?>> getFieldTypes() {
            return Set.of(LocalDate.class);
        }

        @Override
        public Printer<?> getPrinter(DateTimeFormat annotation, Class<?> fieldType) {
            return iso.getPrinter(annotation, fieldType);
        }

        @Override
        public Parser<?> getParser(DateTimeFormat annotation, Class<?> fieldType) {
            Parser<?> parser = iso.getParser(annotation, fieldType);
            return (text, locale) -> {
                Object value = parser.parse(text, locale);
                if (value instanceof LocalDate date && (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR)) {
                    throw new DateOutOfRange();
                }
                return value;
            };
        }
    }

    /** Carries no value: the answer names the parameter only. */
    static final class DateOutOfRange extends IllegalArgumentException implements InputRefused {

        DateOutOfRange() {
            super("a date outside the years " + FIRST_YEAR + " to " + LAST_YEAR);
        }

        @Override
        public String messageKey() {
            return "problem.field.date";
        }
    }
}
