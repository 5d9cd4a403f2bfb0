package nl.naober.registration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.naober.accesslog.AccessRecord;
import nl.naober.accesslog.PersonalData;
import nl.naober.accesslog.RecordType;
import nl.naober.programme.ProgrammeTime;
import nl.naober.programme.WorkingDays;
import org.jspecify.annotations.Nullable;

/**
 * A self-registration in the municipality's inbox.
 *
 * @param familyId the family it became (kind FAMILY), else {@code null}
 * @param supportFamilyId the support family it became (kind SUPPORT_FAMILY), else {@code null}
 * @param handledAt when a coordinator took it up; {@code null} while it waits
 * @param address whether the registrant confirmed their e-mail address (until then they are mailed nothing else)
 */
public record InboxItem(
        UUID id,
        RegistrationKind kind,
        RegistrationChannel channel,
        String firstName,
        Instant receivedAt,
        @Nullable UUID familyId,
        @Nullable UUID supportFamilyId,
        @Nullable Instant handledAt,
        @Nullable String handledBy,
        AddressState address)
        implements PersonalData {
    @Override
    public AccessRecord accessRecord() {
        return new AccessRecord(RecordType.REGISTRATION, id, familyId, supportFamilyId, null);
    }

    /** The day it arrived, in the municipality's time. */
    public LocalDate receivedOn() {
        return LocalDate.ofInstant(receivedAt, ProgrammeTime.ZONE);
    }

    /** Whether the promised reply time has passed on {@code today}: on its last working day it has not yet. */
    public boolean unansweredPast(int replyWithinWorkingDays, LocalDate today) {
        return today.isAfter(WorkingDays.plus(receivedOn(), replyWithinWorkingDays));
    }
}
