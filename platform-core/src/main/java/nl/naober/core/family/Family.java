package nl.naober.core.family;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A family that asked for support (vraaggezin). Lives in the schema of its municipality; names no schema itself. */
@Entity
@Table(name = "family")
class Family {

    @Id
    private UUID id;

    @Column(name = "parent_name", nullable = false, length = 100)
    private String parentName;

    @Column(name = "contact_email", length = 254)
    private String contactEmail;

    @Column(nullable = false, length = 7)
    private String postcode;

    @Column(name = "number_of_children", nullable = false)
    private int numberOfChildren;

    /** Waiting time counts from this date. */
    @Column(name = "registration_date", nullable = false)
    private LocalDate registrationDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private FamilyStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Family() {}

    Family(
            String parentName,
            String contactEmail,
            String postcode,
            int numberOfChildren,
            LocalDate registrationDate,
            Instant createdAt) {
        this.id = UUID.randomUUID();
        this.parentName = parentName;
        this.contactEmail = contactEmail;
        this.postcode = postcode;
        this.numberOfChildren = numberOfChildren;
        this.registrationDate = registrationDate;
        this.status = FamilyStatus.REGISTERED;
        this.createdAt = createdAt;
    }

    FamilyView toView() {
        return new FamilyView(
                id, parentName, contactEmail, postcode, numberOfChildren, registrationDate, status, createdAt);
    }
}
