package nl.naober.accesslog;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One record as the log names it: its type and id, and the files (family, support family, match) it belongs to, so
 * "who viewed this file" finds a child, an intake or an evaluation under its family.
 *
 * @param id the record's id, {@code null} for a record without one (a timeline, a monitoring query)
 */
public record AccessRecord(
        RecordType type,
        @Nullable UUID id,
        @Nullable UUID familyId,
        @Nullable UUID supportFamilyId,
        @Nullable UUID matchId) {

    public static AccessRecord family(RecordType type, UUID id, UUID familyId) {
        return new AccessRecord(type, id, familyId, null, null);
    }

    public static AccessRecord supportFamily(RecordType type, UUID id, UUID supportFamilyId) {
        return new AccessRecord(type, id, null, supportFamilyId, null);
    }

    public static AccessRecord match(RecordType type, UUID id, UUID matchId) {
        return new AccessRecord(type, id, null, null, matchId);
    }

    public static AccessRecord of(RecordType type) {
        return new AccessRecord(type, null, null, null, null);
    }

    /** This record, with the files of {@code context} filled in where it names none itself. */
    public AccessRecord within(AccessRecord context) {
        return new AccessRecord(
                type,
                id,
                familyId != null ? familyId : context.familyId(),
                supportFamilyId != null ? supportFamilyId : context.supportFamilyId(),
                matchId != null ? matchId : context.matchId());
    }

    /** Whether this record names any of the files {@code other} names. */
    public boolean sharesFileWith(AccessRecord other) {
        return same(familyId, other.familyId)
                || same(supportFamilyId, other.supportFamilyId)
                || same(matchId, other.matchId);
    }

    private static boolean same(@Nullable UUID a, @Nullable UUID b) {
        return a != null && a.equals(b);
    }
}
