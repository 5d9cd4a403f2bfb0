package nl.naober.api.problem;

import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/** Dutch unless the caller asks for English with Accept-Language. */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration {

    static final Locale DUTCH = Locale.forLanguageTag("nl");

    @Bean
    LocaleResolver localeResolver() {
        AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
        resolver.setDefaultLocale(DUTCH);
        resolver.setSupportedLocales(List.of(DUTCH, Locale.ENGLISH));
        return resolver;
    }
}
