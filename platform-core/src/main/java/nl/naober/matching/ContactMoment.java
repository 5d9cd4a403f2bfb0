package nl.naober.matching;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import nl.naober.accesslog.AccessRecord;
import nl.naober.accesslog.PersonalData;
import nl.naober.accesslog.RecordType;
import nl.naober.crypto.EncryptedText;
import nl.naober.matching.MatchVocabulary.ContactWith;

/** A contact moment with either family during a running match. Written once. */
@Entity
@Table(name = "contact_moment")
class ContactMoment implements PersonalData {
    @Id
    private UUID id;

    @Column(name = "match_id", nullable = false)
    private UUID matchId;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "with_whom", nullable = false, length = 20)
    private ContactWith withWhom;

    @Convert(converter = EncryptedText.class)
    @Column(length = 4000)
    private String notes;

    @Column(length = 100)
    private String coordinator;

    protected ContactMoment() {}

    ContactMoment(UUID matchId, NewContact contact, LocalDate heldOn, String coordinator) {
        this.id = UUID.randomUUID();
        this.matchId = matchId;
        this.heldOn = heldOn;
        this.withWhom = contact.withWhom();
        this.notes = contact.notes();
        this.coordinator = coordinator;
    }

    ContactView toView() {
        return new ContactView(id, heldOn, withWhom, notes, coordinator);
    }

    @Override
    public AccessRecord accessRecord() {
        return AccessRecord.match(RecordType.CONTACT_MOMENT, id, matchId);
    }
}
