package nl.naober.registration.web;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The settings of the public registration and the rate limiter and proof of work built from them. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RegistrationProperties.class)
class RegistrationConfiguration {

    /**
     * The limiter's buckets in {@code platform.rate_limit_bucket} (platform changeset 0014), so all replicas share
     * one allowance. Select-for-update: each take locks its row for one short transaction on a pooled catalog
     * connection (advisory locks would need a numeric id per key). A row expires one minute after its bucket would
     * be full again (a forgotten full bucket is the same as a new one); {@code RateLimitCleanupJob} deletes it.
     */
    @Bean
    PostgreSQLSelectForUpdateBasedProxyManager<String> registrationBucketStore(DataSource dataSource) {
        return Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("platform.rate_limit_bucket")
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                .clientClock(TimeMeter.SYSTEM_MILLISECONDS)
                .expirationAfterWrite(
                        ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                .build();
    }

    @Bean
    RegistrationRateLimiter registrationRateLimiter(
            RegistrationProperties properties,
            PostgreSQLSelectForUpdateBasedProxyManager<String> bucketStore,
            MeterRegistry meters) {
        RateLimitBuckets buckets = (key, perPeriod, period) -> bucketStore
                .builder()
                .build(
                        key,
                        () -> BucketConfiguration.builder()
                                .addLimit(limit -> limit.capacity(perPeriod).refillGreedy(perPeriod, period))
                                .build());
        return new RegistrationRateLimiter(
                properties.rateLimit(), properties.proofOfWork().ceilingFactor(), buckets, meters);
    }

    @Bean
    ProofOfWork registrationProofOfWork(RegistrationProperties properties) {
        return new ProofOfWork(properties.proofOfWork());
    }
}
