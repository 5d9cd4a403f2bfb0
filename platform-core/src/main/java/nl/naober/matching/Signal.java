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
import nl.naober.matching.MatchVocabulary.Referral;
import nl.naober.matching.MatchVocabulary.ReportedBy;
import nl.naober.matching.MatchVocabulary.SignalKind;

/** A signal noted during a match (debts, safety, ...), with a referral only by consent. Written once. */
@Entity
@Table(name = "match_signal")
class Signal implements PersonalData {
    @Id
    private UUID id;

    @Column(name = "match_id", nullable = false)
    private UUID matchId;

    @Column(name = "noted_on", nullable = false)
    private LocalDate notedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SignalKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "reported_by", nullable = false, length = 20)
    private ReportedBy reportedBy;

    @Convert(converter = EncryptedText.class)
    @Column(length = 4000)
    private String notes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Referral referral;

    @Column(name = "referral_consent", nullable = false)
    private boolean referralConsent;

    protected Signal() {}

    Signal(UUID matchId, NewSignal signal, LocalDate notedOn) {
        this.id = UUID.randomUUID();
        this.matchId = matchId;
        this.notedOn = notedOn;
        this.kind = signal.kind();
        this.reportedBy = signal.reportedBy() != null ? signal.reportedBy() : ReportedBy.COORDINATOR;
        this.notes = signal.notes();
        this.referral = signal.referral() != null ? signal.referral() : Referral.NONE;
        this.referralConsent = Boolean.TRUE.equals(signal.referralConsent());
    }

    SignalView toView() {
        return new SignalView(id, notedOn, kind, reportedBy, notes, referral, referralConsent);
    }

    @Override
    public AccessRecord accessRecord() {
        return AccessRecord.match(RecordType.SIGNAL, id, matchId);
    }
}
