package nl.naober.registration;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import nl.naober.family.FamilyService;
import nl.naober.family.NewFamily;
import nl.naober.family.RegistrationSource;
import nl.naober.mail.MailOutbox;
import nl.naober.mail.OutgoingMail;
import nl.naober.programme.NotFoundException;
import nl.naober.programme.WorkingDays;
import nl.naober.supportfamily.NewSupportFamily;
import nl.naober.supportfamily.SupportFamilyService;
import nl.naober.timeline.NewNote;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Self-registrations of the municipality in context: storing them once, the inbox, and taking one up. The caller
 * has validated the command ({@link NewPublicRegistration}) and turned bots (the honeypot) away.
 */
@Service
public class PublicRegistrations {

    /** The same content again within this time is a double submit (a second click, a reload), not a new family. */
    static final Duration SAME_CONTENT_WINDOW = Duration.ofMinutes(10);

    private final PublicRegistrationRepository registrations;
    private final FamilyService families;
    private final SupportFamilyService supportFamilies;
    private final MailOutbox outbox;
    private final AddressConfirmations addresses;
    private final Clock clock;

    @PersistenceContext
    private EntityManager entityManager;

    PublicRegistrations(
            PublicRegistrationRepository registrations,
            FamilyService families,
            SupportFamilyService supportFamilies,
            MailOutbox outbox,
            AddressConfirmations addresses,
            Clock clock) {
        this.registrations = registrations;
        this.families = families;
        this.supportFamilies = supportFamilies;
        this.outbox = outbox;
        this.addresses = addresses;
        this.clock = clock;
    }

    /**
     * Stores the registration as a family or support family without a coordinator, puts it in the inbox and
     * queues the mails to the coordinators and the registrant (held until the address is confirmed), all in one
     * transaction; or, for a double submit, returns the receipt of the first one and stores nothing.
     *
     * @param idempotencyKey the client's key for this submission (the form's token, an API header), may be null
     */
    @Transactional
    public RegistrationReceipt register(
            NewPublicRegistration command, RegistrationChannel channel, String idempotencyKey, RegistrationDesk desk) {
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
        String hash = ContentHash.of(command);
        // Identical submissions wait for each other here, so the second one sees the first.
        lockUntilCommit(hash);
        if (key != null) {
            lockUntilCommit(key);
        }
        Instant now = now();
        Optional<PublicRegistration> earlier = (key == null
                        ? Optional.<PublicRegistration>empty()
                        : registrations.findByIdempotencyKey(key))
                .or(() -> registrations.findFirstByContentHashAndReceivedAtAfterOrderByReceivedAt(
                        hash, now.minus(SAME_CONTENT_WINDOW)));
        if (earlier.isPresent()) {
            return receipt(earlier.get(), true, desk);
        }
        PublicRegistration registration =
                new PublicRegistration(command, channel, key, hash, desk.consentVersion(), now);
        if (command.kind() == RegistrationKind.FAMILY) {
            registration.registeredAs(registerFamily(command, desk), null);
        } else {
            registration.registeredAs(null, registerSupportFamily(command));
        }
        RegistrationReceipt receipt = receipt(registration, false, desk);
        RegistrationMails.toCoordinators(registration, desk).forEach(outbox::enqueue);
        if (command.email() != null && !command.email().isBlank()) {
            AddressConfirmations.Hold hold = addresses.holdFor(command.email(), desk);
            registration.mailsTo(hold);
            OutgoingMail toRegistrant = RegistrationMails.receipt(registration, command.email(), receipt, desk);
            if (hold.confirmedAt() != null) {
                outbox.enqueue(toRegistrant);
            } else {
                outbox.enqueueHeld(toRegistrant, hold.confirmation());
            }
        }
        registrations.save(registration);
        return receipt;
    }

    /** The registrations still waiting for a coordinator, oldest first. */
    @Transactional(readOnly = true)
    public Page<InboxItem> inbox(Pageable pageable) {
        return registrations.findByHandledAtIsNullOrderByReceivedAt(pageable).map(PublicRegistration::toItem);
    }

    /** All self-registrations, newest first, handled or not. */
    @Transactional(readOnly = true)
    public Page<InboxItem> all(Pageable pageable) {
        return registrations.findAllByOrderByReceivedAtDesc(pageable).map(PublicRegistration::toItem);
    }

    @Transactional(readOnly = true)
    public InboxItem get(UUID id) {
        return find(id).toItem();
    }

    /**
     * The coordinator takes the registration up: it leaves the inbox, and the family or support family becomes
     * theirs unless somebody was already responsible. Taking up what was taken up already changes nothing.
     */
    @Transactional
    public InboxItem handle(UUID id, String coordinator) {
        PublicRegistration registration = find(id);
        if (registration.handle(coordinator, now())) {
            if (registration.familyId() != null) {
                families.assignIfUnassigned(registration.familyId(), coordinator);
            } else if (registration.supportFamilyId() != null) {
                supportFamilies.assignIfUnassigned(registration.supportFamilyId(), coordinator);
            }
        }
        return registration.toItem();
    }

    private UUID registerFamily(NewPublicRegistration c, RegistrationDesk desk) {
        NewFamily family = new NewFamily(
                c.fullName(),
                null,
                c.email(),
                c.phone(),
                null,
                c.houseNumber(),
                c.postcode(),
                c.city(),
                null,
                null,
                c.numberOfChildren(),
                c.reasons(),
                null,
                RegistrationSource.SELF_REGISTRATION,
                null,
                null,
                c.dayParts(),
                true,
                desk.consentVersion(),
                today(),
                null);
        UUID id = families.registerSelf(family).id();
        if (c.message() != null && !c.message().isBlank()) {
            families.addNote(id, new NewNote(c.message().strip()));
        }
        return id;
    }

    private UUID registerSupportFamily(NewPublicRegistration c) {
        NewSupportFamily supportFamily = new NewSupportFamily(
                c.fullName(),
                c.email(),
                c.phone(),
                null,
                c.houseNumber(),
                c.postcode(),
                c.city(),
                null,
                null,
                c.dayParts(),
                c.capacity(),
                null,
                null,
                null,
                null,
                c.message() == null || c.message().isBlank()
                        ? null
                        : c.message().strip(),
                null);
        return supportFamilies.registerSelf(supportFamily).id();
    }

    private RegistrationReceipt receipt(PublicRegistration registration, boolean duplicate, RegistrationDesk desk) {
        LocalDate received = registration.receivedAt().atZone(clock.getZone()).toLocalDate();
        return new RegistrationReceipt(
                registration.id(),
                registration.kind(),
                registration.receivedAt(),
                duplicate,
                desk.replyWithinWorkingDays(),
                WorkingDays.plus(received, desk.replyWithinWorkingDays()));
    }

    private PublicRegistration find(UUID id) {
        return registrations.findById(id).orElseThrow(() -> NotFoundException.of("registration", id));
    }

    private void lockUntilCommit(String value) {
        entityManager
                .createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtext(:value))) AS locked")
                .setParameter("value", value)
                .getSingleResult();
    }

    /** As PostgreSQL stores it, so an answer shows the same time before and after reading it back. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
