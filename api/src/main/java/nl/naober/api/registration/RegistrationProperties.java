package nl.naober.api.registration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the public registration ({@code naober.registration.*}).
 *
 * @param consentVersion the version of the privacy statement people agree to now; stored with each registration,
 *     so change it whenever the statement's text changes
 * @param replyWithinWorkingDays the promise on the thank-you page and in the confirmation mail
 * @param maxRequestSize a larger REST body is refused (400) before it is read
 */
@Validated
@ConfigurationProperties("naober.registration")
record RegistrationProperties(
        @DefaultValue("2026-2") @NotBlank @Size(max = 20) String consentVersion,
        @DefaultValue("5") @Min(1) int replyWithinWorkingDays,
        @DefaultValue("16KB") DataSize maxRequestSize,
        @DefaultValue @Valid RateLimit rateLimit) {

    /**
     * Token buckets per application instance: each refills evenly over {@code period}.
     *
     * @param perClient registrations one client address may send per period
     * @param perMunicipality registrations one municipality accepts per period, whoever sends them
     * @param maxTrackedClients the most client addresses remembered at once; the least recently seen are forgotten
     */
    record RateLimit(
            @DefaultValue("10") @Min(1) int perClient,
            @DefaultValue("200") @Min(1) int perMunicipality,
            @DefaultValue("PT1H") Duration period,
            @DefaultValue("100000") @Min(100) int maxTrackedClients) {}
}
