package nl.naober.api.registration;

import io.github.bucket4j.TimeMeter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The settings of the public registration and the rate limiter built from them. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RegistrationProperties.class)
class RegistrationConfiguration {

    @Bean
    RegistrationRateLimiter registrationRateLimiter(RegistrationProperties properties) {
        return new RegistrationRateLimiter(properties.rateLimit(), TimeMeter.SYSTEM_MILLISECONDS);
    }
}
