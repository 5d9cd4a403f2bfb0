package nl.naober.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import nl.naober.accesslog.AccessRecord;
import nl.naober.accesslog.PersonalData;
import nl.naober.accesslog.RecordType;
import org.jspecify.annotations.Nullable;

/**
 * The inbox item of a self-registration, and the proof of consent: which privacy statement, when. The registered
 * data itself is in the family or support family.
 */
@Entity
@Table(name = "public_registration")
class PublicRegistration implements PersonalData {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RegistrationKind kind;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private RegistrationChannel channel;

    @Column(name = "first_name", nullable = false, length = 60)
    private String firstName;

    @Column(name = "family_id")
    private @Nullable UUID familyId;

    @Column(name = "support_family_id")
    private @Nullable UUID supportFamilyId;

    @Column(name = "idempotency_key", length = 100)
    private @Nullable String idempotencyKey;

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    @Column(name = "consent_version", nullable = false, length = 20)
    private String consentVersion;

    @Column(name = "consent_at", nullable = false)
    private Instant consentAt;

    @Column(name = "handled_at")
    private @Nullable Instant handledAt;

    @Column(name = "handled_by", length = 100)
    private @Nullable String handledBy;

    /** The confirmation the registrant's address waits for; {@code null} when no address was given. */
    @Column(name = "address_confirmation_id")
    private @Nullable UUID addressConfirmationId;

    @Column(name = "address_confirmed_at")
    private @Nullable Instant addressConfirmedAt;

    protected PublicRegistration() {}

    PublicRegistration(
            NewPublicRegistration command,
            RegistrationChannel channel,
            @Nullable String idempotencyKey,
            String contentHash,
            String consentVersion,
            Instant now) {
        this.id = UUID.randomUUID();
        this.kind = command.kind();
        this.receivedAt = now;
        this.channel = channel;
        this.firstName = command.firstName().strip();
        this.idempotencyKey = idempotencyKey;
        this.contentHash = contentHash;
        this.consentVersion = consentVersion;
        this.consentAt = now;
    }

    void registeredAs(@Nullable UUID familyId, @Nullable UUID supportFamilyId) {
        this.familyId = familyId;
        this.supportFamilyId = supportFamilyId;
    }

    void mailsTo(AddressConfirmations.Hold hold) {
        this.addressConfirmationId = hold.confirmation();
        this.addressConfirmedAt = hold.confirmedAt();
    }

    void addressConfirmed(Instant now) {
        if (addressConfirmedAt == null) {
            this.addressConfirmedAt = now;
        }
    }

    /** @return whether this call took it up; false when somebody did before */
    boolean handle(String coordinator, Instant now) {
        if (handledAt != null) {
            return false;
        }
        this.handledAt = now;
        this.handledBy = coordinator;
        return true;
    }

    InboxItem toItem() {
        AddressState address = addressConfirmationId == null
                ? AddressState.NONE
                : addressConfirmedAt == null ? AddressState.UNCONFIRMED : AddressState.CONFIRMED;
        return new InboxItem(
                id, kind, channel, firstName, receivedAt, familyId, supportFamilyId, handledAt, handledBy, address);
    }

    UUID id() {
        return id;
    }

    Instant receivedAt() {
        return receivedAt;
    }

    RegistrationKind kind() {
        return kind;
    }

    String firstName() {
        return firstName;
    }

    @Nullable
    UUID familyId() {
        return familyId;
    }

    @Nullable
    UUID supportFamilyId() {
        return supportFamilyId;
    }

    @Override
    public AccessRecord accessRecord() {
        return new AccessRecord(RecordType.REGISTRATION, id, familyId, supportFamilyId, null);
    }
}
