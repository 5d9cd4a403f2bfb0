package nl.naober.geo;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@link Geocoder}.
 *
 * <p>Off by default ({@code naober.geocoder.enabled} unset or {@code false}): a {@code NoGeocoder} that knows no
 * address. The demo data carries its own coordinates, the build and demo machines have no internet, and sending
 * addresses (personal data) to an outside service is a decision each deployment must take consciously.
 *
 * <p>With {@code naober.geocoder.enabled=true}: the {@link PdokLocatieserverGeocoder}, the government's free
 * Locatieserver, which needs no key. {@code naober.geocoder.pdok-url} (default {@value
 * PdokLocatieserverGeocoder#DEFAULT_URL}) points it at a proxy or a stub instead.
 */
@Configuration(proxyBeanMethods = false)
class GeoConfiguration {

    @Bean
    @ConditionalOnProperty(name = "naober.geocoder.enabled", havingValue = "true")
    Geocoder pdokLocatieserverGeocoder(
            @Value("${naober.geocoder.pdok-url:" + PdokLocatieserverGeocoder.DEFAULT_URL + "}") String url) {
        return new PdokLocatieserverGeocoder(url);
    }

    @Bean
    @ConditionalOnProperty(name = "naober.geocoder.enabled", havingValue = "false", matchIfMissing = true)
    Geocoder noGeocoder() {
        return new NoGeocoder();
    }
}
