package nl.naober.municipality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A programme network (Buurtgezinnen, SteunouderNL) that runs the programme in several municipalities. */
@Entity
@Table(name = "network", schema = "platform")
class Network {

    @Id
    private String code;

    // Never renamed: NetworkCatalog keeps names it has read.
    @Column(nullable = false, length = 100, updatable = false)
    private String name;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Network() {}

    Network(String code, String name, Instant createdAt) {
        this.code = code;
        this.name = name;
        this.createdAt = createdAt;
    }

    String name() {
        return name;
    }

    NetworkView toView() {
        return new NetworkView(code, name, createdAt);
    }
}
