package nl.naober.appointment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A coordinator's calendar feed: at most one per coordinator, found by the SHA-256 of its secret token. */
@Entity
@Table(name = "calendar_feed")
class CalendarFeed {

    @Id
    private UUID id;

    @Column(nullable = false, length = 100, updatable = false)
    private String coordinator;

    @Column(name = "token_hash", nullable = false, length = 64, updatable = false)
    private String tokenHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "last_read_at")
    private Instant lastReadAt;

    protected CalendarFeed() {}

    CalendarFeed(String coordinator, String tokenHash, Instant now) {
        this.id = UUID.randomUUID();
        this.coordinator = coordinator;
        this.tokenHash = tokenHash;
        this.createdAt = now;
    }

    String coordinator() {
        return coordinator;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant lastReadAt() {
        return lastReadAt;
    }

    void read(Instant now) {
        this.lastReadAt = now;
    }
}
