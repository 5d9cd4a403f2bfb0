package nl.naober.security;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How many failed logins local mode allows (form and HTTP Basic), per application instance, in memory. Each allowance
 * refills evenly over {@code period}: after 5 failures a username may try again after 3 minutes, one attempt at a
 * time.
 *
 * @param perUsername failures per username, from any address
 * @param perAddress failures per client address ({@code request.getRemoteAddr()}, an IPv6 /64), for any usernames
 * @param maxTracked the most usernames and addresses remembered at once; the least recently seen are forgotten
 */
@Validated
@ConfigurationProperties("naober.security.login-throttle")
record LoginThrottleProperties(
        @DefaultValue("5") @Min(1) int perUsername,
        @DefaultValue("20") @Min(1) int perAddress,
        @DefaultValue("PT15M") Duration period,
        @DefaultValue("100000") @Min(100) int maxTracked) {}
