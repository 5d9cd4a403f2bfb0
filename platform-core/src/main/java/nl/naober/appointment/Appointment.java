package nl.naober.appointment;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import nl.naober.accesslog.AccessRecord;
import nl.naober.accesslog.PersonalData;
import nl.naober.accesslog.RecordType;
import nl.naober.crypto.EncryptedText;
import nl.naober.programme.RuleViolationException;

/** A planned visit of one coordinator to one file (family, support family or match). */
@Entity
@Table(name = "appointment")
class Appointment implements PersonalData {

    static final int DEFAULT_MINUTES = 60;

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private AppointmentKind kind;

    @Column(name = "family_id")
    private UUID familyId;

    @Column(name = "support_family_id")
    private UUID supportFamilyId;

    @Column(name = "match_id")
    private UUID matchId;

    @Column(name = "planned_on", nullable = false)
    private LocalDate plannedOn;

    @Column(name = "starts_at", nullable = false)
    private LocalTime startsAt;

    @Column(nullable = false)
    private int minutes;

    @Convert(converter = EncryptedText.class)
    @Column(columnDefinition = "text")
    private String place;

    @Column(nullable = false, length = 100)
    private String coordinator;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AppointmentStatus status;

    @Column(name = "done_on")
    private LocalDate doneOn;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    private long version;

    protected Appointment() {}

    Appointment(NewAppointment planned, UUID familyId, String coordinator, Instant now) {
        this.id = UUID.randomUUID();
        this.kind = planned.kind();
        switch (planned.kind()) {
            case FAMILY_INTAKE -> this.familyId = planned.subjectId();
            case SUPPORT_FAMILY_INTAKE -> this.supportFamilyId = planned.subjectId();
            case MATCH_EVALUATION -> {
                this.matchId = planned.subjectId();
                this.familyId = familyId;
            }
        }
        this.plannedOn = planned.date();
        this.startsAt = planned.time();
        this.minutes = planned.minutes() != null ? planned.minutes() : DEFAULT_MINUTES;
        this.place = blankToNull(planned.place());
        this.coordinator = coordinator;
        this.status = AppointmentStatus.PLANNED;
        this.createdAt = now;
        this.changedAt = now;
    }

    void move(AppointmentMove move, Instant now) {
        requirePlanned();
        this.plannedOn = move.date();
        this.startsAt = move.time();
        if (move.place() != null) {
            this.place = blankToNull(move.place());
        }
        this.changedAt = now;
    }

    void cancel(Instant now) {
        requirePlanned();
        this.status = AppointmentStatus.CANCELLED;
        this.changedAt = now;
    }

    void done(LocalDate on, Instant now) {
        requirePlanned();
        this.status = AppointmentStatus.DONE;
        this.doneOn = on;
        this.changedAt = now;
    }

    /** A visit that was recorded or called off stays as it was: plan a new one instead. */
    private void requirePlanned() {
        if (status != AppointmentStatus.PLANNED) {
            throw RuleViolationException.of("rule.appointment-not-planned", "status", status.name());
        }
    }

    UUID id() {
        return id;
    }

    AppointmentKind kind() {
        return kind;
    }

    UUID subjectId() {
        return switch (kind) {
            case FAMILY_INTAKE -> familyId;
            case SUPPORT_FAMILY_INTAKE -> supportFamilyId;
            case MATCH_EVALUATION -> matchId;
        };
    }

    UUID familyId() {
        return familyId;
    }

    UUID supportFamilyId() {
        return supportFamilyId;
    }

    long version() {
        return version;
    }

    String coordinator() {
        return coordinator;
    }

    AppointmentView toView(String firstName) {
        return new AppointmentView(
                id,
                kind,
                subjectId(),
                familyId,
                supportFamilyId,
                matchId,
                firstName,
                plannedOn,
                startsAt,
                minutes,
                place,
                coordinator,
                status,
                doneOn,
                changedAt,
                version);
    }

    @Override
    public AccessRecord accessRecord() {
        return new AccessRecord(recordType(kind), subjectId(), familyId, supportFamilyId, matchId);
    }

    static RecordType recordType(AppointmentKind kind) {
        return switch (kind) {
            case FAMILY_INTAKE -> RecordType.FAMILY;
            case SUPPORT_FAMILY_INTAKE -> RecordType.SUPPORT_FAMILY;
            case MATCH_EVALUATION -> RecordType.MATCH;
        };
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
