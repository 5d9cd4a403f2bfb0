package nl.naober.registration;

import static nl.naober.crypto.SecretTokens.newToken;
import static nl.naober.crypto.SecretTokens.sha256;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import nl.naober.mail.MailOutbox;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Anyone can type any address into the public form, so the first mail to a registrant's address asks its owner to
 * confirm it, and everything else to that address waits in the outbox (HELD) until the link is opened. The link
 * carries a random single-use token valid for {@link #VALID_FOR}; only its SHA-256 is stored.
 *
 * <p>While a link is open no second one is mailed to the same address, whatever is registered with it: a stranger
 * can make Naober mail an address at most once per {@link #VALID_FOR} per municipality.
 */
@Service
public class AddressConfirmations {

    static final Duration VALID_FOR = Duration.ofDays(7);

    /** What is held for an address: the confirmation, and when it was confirmed ({@code null}: not yet). */
    record Hold(UUID confirmation, @Nullable Instant confirmedAt) {}

    /** What opening a link did; an unknown, expired and used link are one answer, so the page says nothing more. */
    public enum Outcome {
        CONFIRMED,
        INVALID
    }

    private final AddressConfirmationRepository confirmations;
    private final PublicRegistrationRepository registrations;
    private final MailOutbox outbox;
    private final Clock clock;

    @PersistenceContext
    private EntityManager entityManager;

    AddressConfirmations(
            AddressConfirmationRepository confirmations,
            PublicRegistrationRepository registrations,
            MailOutbox outbox,
            Clock clock) {
        this.confirmations = confirmations;
        this.registrations = registrations;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * The confirmation the registrant's mails wait for: one confirmed before, else the open one, else a new one
     * whose link is mailed now. In the caller's transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Hold holdFor(String address, RegistrationDesk desk) {
        String addressHash = sha256(address.strip().toLowerCase(Locale.ROOT));
        // Two registrations with one address at the same moment must not both mail a link.
        entityManager
                .createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtext(:value))) AS locked")
                .setParameter("value", "address:" + addressHash)
                .getSingleResult();
        Instant now = now();
        Optional<AddressConfirmation> usable = confirmations.findByAddressHashOrderByCreatedAtDesc(addressHash).stream()
                .filter(c -> c.isConfirmed() || c.isOpen(now))
                .findFirst();
        if (usable.isPresent()) {
            return new Hold(usable.get().id(), usable.get().confirmedAt());
        }
        String token = newToken();
        AddressConfirmation confirmation =
                confirmations.save(new AddressConfirmation(addressHash, sha256(token), now, now.plus(VALID_FOR)));
        outbox.enqueue(RegistrationMails.addressConfirmation(confirmation.id(), address.strip(), token, desk));
        return new Hold(confirmation.id(), null);
    }

    /** Whether the link still works, for the page that offers to confirm; changes nothing. */
    @Transactional(readOnly = true)
    public boolean isOpen(String token) {
        return find(token).filter(c -> c.isOpen(now())).isPresent();
    }

    /** Confirms the address of an open link and releases every mail held for it; a link works once. */
    @Transactional
    public Outcome confirm(String token) {
        Instant now = now();
        Optional<AddressConfirmation> open = find(token).filter(c -> c.isOpen(now));
        if (open.isEmpty()) {
            return Outcome.INVALID;
        }
        AddressConfirmation confirmation = open.get();
        confirmation.confirm(now);
        registrations.findByAddressConfirmationId(confirmation.id()).forEach(r -> r.addressConfirmed(now));
        outbox.release(confirmation.id());
        return Outcome.CONFIRMED;
    }

    private Optional<AddressConfirmation> find(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return confirmations.findByTokenHash(sha256(token));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
