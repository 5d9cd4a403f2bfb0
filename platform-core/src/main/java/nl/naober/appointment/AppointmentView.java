package nl.naober.appointment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import nl.naober.accesslog.AccessRecord;
import nl.naober.accesslog.PersonalData;

/**
 * A planned visit as screens, REST and the calendar feed show it.
 *
 * @param subjectId the family, support family or match the visit is for (see {@link AppointmentKind})
 * @param familyId the family, also for a match's evaluation
 * @param firstName the first name of the family's parent (or, at a support family, of its eldest member): the only
 *     personal detail a calendar entry carries
 * @param doneOn the date of the recorded visit, once DONE
 */
public record AppointmentView(
        UUID id,
        AppointmentKind kind,
        UUID subjectId,
        UUID familyId,
        UUID supportFamilyId,
        UUID matchId,
        String firstName,
        LocalDate date,
        LocalTime time,
        int minutes,
        String place,
        String coordinator,
        AppointmentStatus status,
        LocalDate doneOn,
        Instant changedAt,
        long version)
        implements PersonalData {

    @Override
    public AccessRecord accessRecord() {
        return new AccessRecord(Appointment.recordType(kind), subjectId, familyId, supportFamilyId, matchId);
    }

    public boolean planned() {
        return status == AppointmentStatus.PLANNED;
    }
}
