package nl.naober.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A personal access token of a local account: only its SHA-256 (hex) and last four characters are kept, so the
 * catalog (or a backup of it) gives nobody a working token.
 */
@Entity
@Table(name = "api_token", schema = "platform")
class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64, updatable = false)
    private String tokenHash;

    @Column(name = "last_four", nullable = false, length = 4, updatable = false)
    private String lastFour;

    @Column(nullable = false, length = 100, updatable = false)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private LocalAccount account;

    @Column(name = "created_by", nullable = false, length = 100, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "last_used_at")
    private @Nullable Instant lastUsedAt;

    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;

    protected ApiToken() {}

    ApiToken(
            String tokenHash,
            String lastFour,
            String name,
            LocalAccount account,
            String createdBy,
            Instant createdAt,
            Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.lastFour = lastFour;
        this.name = name;
        this.account = account;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    Long id() {
        return id;
    }

    LocalAccount account() {
        return account;
    }

    @Nullable
    Instant lastUsedAt() {
        return lastUsedAt;
    }

    /** Neither revoked nor expired at {@code now}. */
    boolean validAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    /** @return false when it was revoked already (the first revocation's time stays) */
    boolean revoke(Instant now) {
        if (revokedAt != null) {
            return false;
        }
        revokedAt = now;
        return true;
    }

    ApiTokenView toView(Instant now) {
        return new ApiTokenView(
                id,
                name,
                ApiTokens.PREFIX + "…" + lastFour,
                createdBy,
                createdAt,
                expiresAt,
                lastUsedAt,
                revokedAt,
                validAt(now));
    }
}
