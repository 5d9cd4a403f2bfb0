package nl.naober.timeline;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.naober.accesslog.AccessRecord;
import nl.naober.accesslog.PersonalData;
import nl.naober.accesslog.RecordType;
import nl.naober.crypto.EncryptedText;
import org.jspecify.annotations.Nullable;

/** One thing that happened to a family, a support family and/or a match: written once, never changed. */
@Entity
@Table(name = "timeline_entry")
class TimelineEntry implements PersonalData {

    @Id
    private UUID id;

    @Column(name = "family_id")
    private @Nullable UUID familyId;

    @Column(name = "support_family_id")
    private @Nullable UUID supportFamilyId;

    @Column(name = "match_id")
    private @Nullable UUID matchId;

    /** When it was recorded. */
    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    /** The day it happened: the event's own date, which may lie before the day it was recorded. */
    @Column(name = "happened_on", nullable = false)
    private LocalDate happenedOn;

    @Column(nullable = false, length = 40)
    private String kind;

    @Convert(converter = EncryptedText.class)
    @Column(nullable = false, length = 500)
    private String summary;

    @Column(length = 100)
    private String actor;

    /**
     * The status the entry moved its family or support family to ({@code REGISTERED}, {@code STATUS_CHANGED}), in plain
     * text for monitoring's status on a past day; null for every other kind.
     */
    @Column(length = 20)
    private @Nullable String status;

    protected TimelineEntry() {}

    TimelineEntry(TimelineEvent event, String actor, Instant occurredAt, LocalDate today) {
        this.id = UUID.randomUUID();
        this.familyId = event.familyId();
        this.supportFamilyId = event.supportFamilyId();
        this.matchId = event.matchId();
        this.kind = event.kind();
        this.summary = event.summary().length() > 500 ? event.summary().substring(0, 500) : event.summary();
        this.actor = actor;
        this.occurredAt = occurredAt;
        this.happenedOn = event.happenedOn() != null ? event.happenedOn() : today;
        this.status = statusReached(event);
    }

    /** "REGISTERED" for a registration, the part after the arrow of "WAITING→MATCHED"; else null. */
    private static @Nullable String statusReached(TimelineEvent event) {
        String summary = event.summary();
        if ("REGISTERED".equals(event.kind()) && summary.matches("[A-Z_]{1,20}")) {
            return summary;
        }
        if ("STATUS_CHANGED".equals(event.kind())) {
            String to = summary.substring(summary.indexOf('→') + 1);
            return to.matches("[A-Z_]{1,20}") ? to : null;
        }
        return null;
    }

    TimelineItem toItem() {
        return new TimelineItem(occurredAt, happenedOn, kind, summary, actor, familyId, supportFamilyId, matchId);
    }

    @Override
    public AccessRecord accessRecord() {
        return new AccessRecord(RecordType.TIMELINE, id, familyId, supportFamilyId, matchId);
    }
}
