package nl.naober.supportfamily;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import nl.naober.accesslog.AccessRecord;
import nl.naober.accesslog.LazyIds;
import nl.naober.accesslog.PersonalData;
import nl.naober.accesslog.RecordType;

/** Someone in the support family's household; an adult (18+) needs a valid VOG. */
@Entity
@Table(name = "household_member")
class HouseholdMember implements PersonalData {

    static final int ADULT_AGE = 18;

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "support_family_id")
    private SupportFamily supportFamily;

    @Column(name = "first_name", nullable = false, length = 60)
    private String firstName;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @OneToMany(mappedBy = "member", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("requestedOn")
    private List<ConductCertificate> certificates = new ArrayList<>();

    protected HouseholdMember() {}

    HouseholdMember(SupportFamily supportFamily, NewHouseholdMember member) {
        this.id = UUID.randomUUID();
        this.supportFamily = supportFamily;
        this.firstName = member.firstName().strip();
        this.birthDate = member.birthDate();
    }

    UUID id() {
        return id;
    }

    String firstName() {
        return firstName;
    }

    boolean isAdult(LocalDate today) {
        return Period.between(birthDate, today).getYears() >= ADULT_AGE;
    }

    ConductCertificate requestVog(LocalDate requestedOn) {
        ConductCertificate certificate = new ConductCertificate(this, requestedOn);
        certificates.add(certificate);
        return certificate;
    }

    ConductCertificate certificate(UUID certificateId) {
        return certificates.stream()
                .filter(c -> c.id().equals(certificateId))
                .findFirst()
                .orElseThrow(() -> nl.naober.programme.NotFoundException.of("vog", certificateId));
    }

    /** The status of the member's newest VOG; a received one beats one still requested. */
    VogStatus vogStatus(LocalDate today, Period validity) {
        return certificates.stream()
                .map(c -> c.status(today, validity))
                .min(Comparator.comparingInt(HouseholdMember::rank))
                .orElse(VogStatus.NONE);
    }

    private static int rank(VogStatus status) {
        return switch (status) {
            case VALID -> 0;
            case REQUESTED -> 1;
            case EXPIRED -> 2;
            case NONE -> 3;
        };
    }

    boolean needsVog(LocalDate today, Period validity) {
        return isAdult(today) && vogStatus(today, validity) != VogStatus.VALID;
    }

    MemberView toView(LocalDate today, Period validity) {
        int age = Period.between(birthDate, today).getYears();
        return new MemberView(
                id,
                firstName,
                birthDate,
                age,
                isAdult(today),
                vogStatus(today, validity),
                needsVog(today, validity),
                isAdult(today) ? null : birthDate.plusYears(ADULT_AGE),
                certificates.stream().map(c -> c.toView(today, validity)).toList());
    }

    @Override
    public AccessRecord accessRecord() {
        return AccessRecord.supportFamily(
                RecordType.HOUSEHOLD_MEMBER, id, LazyIds.of(supportFamily, SupportFamily::id));
    }
}
