package nl.naober.caserecord;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import nl.naober.programme.Address;
import nl.naober.programme.EventDateException;
import nl.naober.programme.IntakeVisit;

/**
 * What a family's and a support family's case file have in common, stored in the same-named columns of each one's
 * own table: the address, who coordinates it, when it registered and last changed status, when it was entered and
 * the version a stale edit is checked against. The status itself and the intakes stay with each entity (their
 * states and intake tables differ); the rules on their dates are the same and live here.
 */
@MappedSuperclass
public abstract class CaseFile {

    @Id
    private UUID id;

    @Embedded
    private Address address;

    @Column(length = 100)
    private String coordinator;

    /** Waiting time counts from this date; before {@code createdAt} when the programme was entered afterwards. */
    @Column(name = "registration_date", nullable = false)
    private LocalDate registrationDate;

    @Column(name = "status_changed_on")
    private LocalDate statusChangedOn;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected CaseFile() {}

    /** A new case file, registered (and in its first status) on {@code registered}. */
    protected CaseFile(Address address, String coordinator, LocalDate registered, Instant now) {
        this.id = UUID.randomUUID();
        this.address = address;
        this.coordinator = coordinator;
        this.registrationDate = registered;
        this.statusChangedOn = registered;
        this.createdAt = now;
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version;
    }

    public Address address() {
        return address;
    }

    /** Where the family lives from now on, located as {@link CaseAddresses} found it. */
    public void livesAt(Address address) {
        this.address = address;
    }

    public String coordinator() {
        return coordinator;
    }

    public LocalDate registrationDate() {
        return registrationDate;
    }

    public LocalDate statusChangedOn() {
        return statusChangedOn;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** Makes {@code username} responsible when nobody is yet; true when that changed something. */
    public boolean assignIfUnassigned(String username) {
        if (coordinator != null) {
            return false;
        }
        this.coordinator = username;
        return true;
    }

    protected void reassign(String username) {
        this.coordinator = username;
    }

    /** Adds the visit to {@code intakes}: an intake cannot lie before the registration. */
    protected void addIntake(List<IntakeVisit> intakes, IntakeVisit visit) {
        EventDateException.requireNotBefore("visitDate", visit.visitDate(), "registrationDate", registrationDate);
        intakes.add(visit);
    }

    /** The intakes as a case file shows them: the latest visit first. */
    protected static List<IntakeVisit> newestFirst(List<IntakeVisit> intakes) {
        return intakes.stream()
                .sorted(Comparator.comparing(IntakeVisit::visitDate).reversed())
                .toList();
    }

    /**
     * A status change on {@code day} ({@code field} names the command's date) may lie neither before the registration
     * nor before the previous change; the errors name {@code prefix + "registrationDate"} and
     * {@code prefix + "statusChangedOn"} as what it conflicts with.
     */
    protected void requireNotBeforeLastChange(String field, LocalDate day, String prefix) {
        EventDateException.requireNotBefore(field, day, prefix + "registrationDate", registrationDate);
        EventDateException.requireNotBefore(field, day, prefix + "statusChangedOn", statusChangedOn);
    }

    /** Records that the status changed on {@code day}. */
    protected void statusChangedOn(LocalDate day) {
        this.statusChangedOn = day;
    }
}
