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
import nl.naober.matching.MatchVocabulary.Decision;
import nl.naober.matching.MatchVocabulary.EvaluationKind;

/** An evaluation of a match: the trial evaluation decides continue or end. Written once. */
@Entity
@Table(name = "evaluation")
class Evaluation implements PersonalData {
    @Id
    private UUID id;

    @Column(name = "match_id", nullable = false)
    private UUID matchId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EvaluationKind kind;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Decision decision;

    @Convert(converter = EncryptedText.class)
    @Column(length = 4000)
    private String notes;

    @Column(length = 100)
    private String coordinator;

    protected Evaluation() {}

    Evaluation(UUID matchId, NewEvaluation evaluation, LocalDate heldOn, String coordinator) {
        this.id = UUID.randomUUID();
        this.matchId = matchId;
        this.kind = evaluation.kind();
        this.heldOn = heldOn;
        this.decision = evaluation.decision();
        this.notes = evaluation.notes();
        this.coordinator = coordinator;
    }

    LocalDate heldOn() {
        return heldOn;
    }

    EvaluationView toView() {
        return new EvaluationView(id, kind, heldOn, decision, notes, coordinator);
    }

    @Override
    public AccessRecord accessRecord() {
        return AccessRecord.match(RecordType.EVALUATION, id, matchId);
    }
}
