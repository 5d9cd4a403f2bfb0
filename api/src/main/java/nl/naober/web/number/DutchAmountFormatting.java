package nl.naober.web.number;

import java.math.BigDecimal;
import java.util.Set;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.format.Parser;
import org.springframework.format.Printer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Registers {@link DutchAmount} once for every form of the screens. */
@Configuration(proxyBeanMethods = false)
class DutchAmountFormatting implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldAnnotation(new Factory());
    }

    static final class Factory implements AnnotationFormatterFactory<DutchAmount> {

        @Override
        public Set<Class<?>> getFieldTypes() {
            return Set.of(BigDecimal.class);
        }

        @Override
        public Printer<BigDecimal> getPrinter(DutchAmount annotation, Class<?> fieldType) {
            return (value, locale) -> DutchNumbers.print(value, annotation.decimals());
        }

        @Override
        public Parser<BigDecimal> getParser(DutchAmount annotation, Class<?> fieldType) {
            return (text, locale) -> DutchNumbers.parse(text, annotation.decimals());
        }
    }
}
