package nl.naober.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A registrant's address waiting for, or having had, its confirmation: the link's token and the address are kept as
 * SHA-256 only, so the table says neither which address it is nor which link opens it.
 */
@Entity
@Table(name = "address_confirmation")
class AddressConfirmation {

    @Id
    private UUID id;

    @Column(name = "address_hash", nullable = false, length = 64)
    private String addressHash;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "confirmed_at")
    private @Nullable Instant confirmedAt;

    protected AddressConfirmation() {}

    AddressConfirmation(String addressHash, String tokenHash, Instant now, Instant expiresAt) {
        this.id = UUID.randomUUID();
        this.addressHash = addressHash;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    /** Neither used nor expired: its link still works, and no second one is mailed meanwhile. */
    boolean isOpen(Instant now) {
        return confirmedAt == null && now.isBefore(expiresAt);
    }

    boolean isConfirmed() {
        return confirmedAt != null;
    }

    void confirm(Instant now) {
        this.confirmedAt = now;
    }

    UUID id() {
        return id;
    }

    @Nullable
    Instant confirmedAt() {
        return confirmedAt;
    }
}
