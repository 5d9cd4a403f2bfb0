package nl.naober.api.registration;

import io.github.bucket4j.TimeMeter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The settings of the public registration and the rate limiter and proof of work built from them. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RegistrationProperties.class)
class RegistrationConfiguration {

    @Bean
    RegistrationRateLimiter registrationRateLimiter(RegistrationProperties properties, MeterRegistry meters) {
        return new RegistrationRateLimiter(
                properties.rateLimit(),
                properties.proofOfWork().ceilingFactor(),
                TimeMeter.SYSTEM_MILLISECONDS,
                meters);
    }

    @Bean
    ProofOfWork registrationProofOfWork(RegistrationProperties properties) {
        return new ProofOfWork(properties.proofOfWork());
    }
}
