package nl.naober.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import nl.naober.programme.Values;
import org.jspecify.annotations.Nullable;

/** A welfare organisation in one municipality, e.g. Welzijnswerk Midden-Drenthe. */
@Entity
@Table(name = "welfare_organisation", schema = "platform")
class WelfareOrganisation {

    @Id
    private UUID id;

    @Column(name = "municipality_code", nullable = false, updatable = false, length = 41)
    private String municipalityCode;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "contact_person", length = 100)
    private @Nullable String contactPerson;

    @Column(length = 254)
    private @Nullable String email;

    @Column(length = 30)
    private @Nullable String phone;

    @Column(name = "kvk_number", length = 8)
    private @Nullable String kvkNumber;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected WelfareOrganisation() {}

    @SuppressWarnings("NullAway.Init") // apply(details) sets the name, as an edit later does
    WelfareOrganisation(String municipalityCode, WelfareOrganisationDetails details, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.municipalityCode = municipalityCode;
        this.createdAt = createdAt;
        apply(details);
    }

    void apply(WelfareOrganisationDetails details) {
        this.name = details.name().strip();
        this.contactPerson = Values.blankToNull(details.contactPerson());
        this.email = Values.blankToNull(details.email());
        this.phone = Values.blankToNull(details.phone());
        this.kvkNumber = Values.blankToNull(details.kvkNumber());
    }

    UUID id() {
        return id;
    }

    long version() {
        return version;
    }

    /** For the audit trail: what an administrator would want to compare, on one line. */
    String summary() {
        return "name=" + name + ", contactPerson=" + contactPerson + ", email=" + email + ", phone=" + phone
                + ", kvkNumber=" + kvkNumber;
    }

    WelfareOrganisationView toView() {
        return new WelfareOrganisationView(
                id, municipalityCode, name, contactPerson, email, phone, kvkNumber, version, createdAt);
    }
}
