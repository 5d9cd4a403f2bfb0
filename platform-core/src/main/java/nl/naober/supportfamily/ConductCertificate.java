package nl.naober.supportfamily;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;
import nl.naober.accesslog.AccessRecord;
import nl.naober.accesslog.PersonalData;
import nl.naober.accesslog.RecordType;

/** A certificate of conduct (VOG): requested, later received with its issue date; it ages from that date. */
@Entity
@Table(name = "conduct_certificate")
class ConductCertificate implements PersonalData {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id")
    private HouseholdMember member;

    @Column(name = "requested_on", nullable = false)
    private LocalDate requestedOn;

    @Column(name = "received_on")
    private LocalDate receivedOn;

    @Column(name = "issued_on")
    private LocalDate issuedOn;

    protected ConductCertificate() {}

    ConductCertificate(HouseholdMember member, LocalDate requestedOn) {
        this.id = UUID.randomUUID();
        this.member = member;
        this.requestedOn = requestedOn;
    }

    void received(LocalDate receivedOn, LocalDate issuedOn) {
        this.receivedOn = receivedOn;
        this.issuedOn = issuedOn;
    }

    UUID id() {
        return id;
    }

    LocalDate requestedOn() {
        return requestedOn;
    }

    LocalDate issuedOn() {
        return issuedOn;
    }

    VogStatus status(LocalDate today, Period validity) {
        if (issuedOn == null || issuedOn.isAfter(today)) {
            // issued after the day asked about: on that day it was (at most) requested
            return VogStatus.REQUESTED;
        }
        return issuedOn.plus(validity).isAfter(today) ? VogStatus.VALID : VogStatus.EXPIRED;
    }

    VogView toView(LocalDate today, Period validity) {
        return new VogView(
                id,
                requestedOn,
                receivedOn,
                issuedOn,
                issuedOn == null ? null : issuedOn.plus(validity),
                status(today, validity));
    }

    @Override
    public AccessRecord accessRecord() {
        return new AccessRecord(
                RecordType.CONDUCT_CERTIFICATE, id, null, member.accessRecord().supportFamilyId(), null);
    }
}
