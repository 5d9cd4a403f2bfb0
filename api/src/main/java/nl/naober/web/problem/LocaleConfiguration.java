package nl.naober.web.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * Screens are Dutch: the people who use them work for Dutch municipalities, whatever language their browser
 * prefers. REST clients may ask for English messages with {@code Accept-Language: en}; Dutch otherwise.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration {

    static final Locale DUTCH = Locale.forLanguageTag("nl");

    @Bean
    LocaleResolver localeResolver() {
        AcceptHeaderLocaleResolver api = new AcceptHeaderLocaleResolver();
        api.setDefaultLocale(DUTCH);
        api.setSupportedLocales(List.of(DUTCH, Locale.ENGLISH));
        return new LocaleResolver() {
            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                return request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                        ? api.resolveLocale(request)
                        : DUTCH;
            }

            @Override
            public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
                throw new UnsupportedOperationException("the language follows the request, it is not stored");
            }
        };
    }
}
