package nl.naober.registration.web;

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
        @DefaultValue @Valid RateLimit rateLimit,
        @DefaultValue @Valid ProofOfWork proofOfWork) {

    /**
     * Token buckets shared by all replicas (in the catalog): each refills evenly over {@code period}.
     *
     * @param perClient registrations one client address may send per period
     * @param perMunicipality registrations one municipality accepts per period, whoever sends them
     * @param maxTrackedClients no longer used: it bounded the in-memory buckets; the catalog's rows expire instead
     *     (kept so that existing configurations still bind)
     */
    record RateLimit(
            @DefaultValue("10") @Min(1) int perClient,
            @DefaultValue("200") @Min(1) int perMunicipality,
            @DefaultValue("PT1H") Duration period,
            @DefaultValue("100000") @Min(100) int maxTrackedClients) {}

    /**
     * What a client past the rate limit is asked to do instead of being refused: an ALTCHA proof of work.
     *
     * @param hmacKey signs the challenges; empty: a random key made at start. With several replicas set the same
     *     secret on all ({@code NAOBER_REGISTRATION_PROOF_OF_WORK_HMAC_KEY}), or a challenge fetched from one is
     *     refused by another
     * @param maxNumber how hard a challenge is: the solver tries on average half this many SHA-256 hashes (100,000
     *     takes a phone about a second)
     * @param validFor how long a challenge may be solved and sent; each solution is accepted once
     * @param ceilingFactor solved challenges are accepted up to this many times the rate limit; past that the form
     *     and the API refuse, so a flood of solved challenges still cannot fill the database
     */
    record ProofOfWork(
            @DefaultValue("") String hmacKey,
            @DefaultValue("100000") @Min(1000) long maxNumber,
            @DefaultValue("PT10M") Duration validFor,
            @DefaultValue("10") @Min(1) int ceilingFactor) {}
}
