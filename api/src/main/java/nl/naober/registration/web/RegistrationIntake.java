package nl.naober.registration.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import nl.naober.programme.WorkingDays;
import nl.naober.registration.NewPublicRegistration;
import nl.naober.registration.PublicRegistrations;
import nl.naober.registration.RegistrationChannel;
import nl.naober.registration.RegistrationDesk;
import nl.naober.registration.RegistrationReceipt;
import nl.naober.tenancy.Tenant;
import nl.naober.tenancy.TenantContext;
import org.springframework.stereotype.Component;

/**
 * The one way in for a validated public registration, from the form and from the API: the honeypot, the rate
 * limits, then storing it in the municipality's own schema. Invalid input never gets here, so it costs nobody
 * their allowance (a family correcting a typo is not locked out).
 */
@Component
class RegistrationIntake {

    private final RegistrationDesks desks;
    private final RegistrationRateLimiter rateLimiter;
    private final ProofOfWork proofOfWork;
    private final PublicRegistrations registrations;
    private final Clock clock;

    RegistrationIntake(
            RegistrationDesks desks,
            RegistrationRateLimiter rateLimiter,
            ProofOfWork proofOfWork,
            PublicRegistrations registrations,
            Clock clock) {
        this.desks = desks;
        this.rateLimiter = rateLimiter;
        this.proofOfWork = proofOfWork;
        this.registrations = registrations;
        this.clock = clock;
    }

    /**
     * @param idempotencyKey the form's token or the API's {@code Idempotency-Key}; may be null
     * @param clientAddress see {@link ClientAddress}
     * @param altcha the solved proof of work the client sent (the widget's payload), may be null; looked at only
     *     past the rate limit, and then used up
     * @throws ChallengeRequired past the rate limit without a valid proof of work; nothing is stored
     * @throws RateLimitExceeded past the hard ceiling; nothing is stored
     */
    RegistrationReceipt submit(
            MunicipalityProgramme programme,
            NewPublicRegistration registration,
            RegistrationChannel channel,
            String idempotencyKey,
            String clientAddress,
            String altcha) {
        if (registration.isHoneypotFilled()) {
            // A bot filled in the hidden field. It gets what a person gets, so it has nothing to learn from.
            return decoy(registration);
        }
        rateLimiter.acquire(clientAddress, programme.code(), () -> proofOfWork.redeem(altcha));
        RegistrationDesk desk = desks.deskFor(programme);
        return TenantContext.call(
                Tenant.of(programme.code()), () -> registrations.register(registration, channel, idempotencyKey, desk));
    }

    private RegistrationReceipt decoy(NewPublicRegistration registration) {
        int days = desks.replyWithinWorkingDays();
        return new RegistrationReceipt(
                UUID.randomUUID(),
                registration.kind(),
                clock.instant(),
                false,
                days,
                WorkingDays.plus(LocalDate.now(clock), days));
    }
}
