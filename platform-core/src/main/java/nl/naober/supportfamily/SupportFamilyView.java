package nl.naober.supportfamily;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.naober.accesslog.AccessRecord;
import nl.naober.accesslog.PersonalData;
import nl.naober.accesslog.RecordType;
import nl.naober.programme.DayPart;
import nl.naober.programme.IntakeVisit;
import nl.naober.programme.NeedCategory;

/**
 * A support family as shown.
 *
 * @param missingForAvailable message codes of what still stands between this family and AVAILABLE (empty: ready)
 * @param statusChangedOn the day its status changed last (the event's date, not the day it was recorded)
 * @param registrationDate the day it registered (the event's date; {@code createdAt} is when it was recorded)
 */
public record SupportFamilyView(
        UUID id,
        String householdName,
        String email,
        String phone,
        String street,
        String houseNumber,
        String postcode,
        String city,
        Double latitude,
        Double longitude,
        Set<DayPart> availableDayParts,
        int capacity,
        int minAge,
        int maxAge,
        Set<NeedCategory> experience,
        String experienceText,
        String preferences,
        String coordinator,
        SupportFamilyStatus status,
        Set<SupportFamilyStatus> allowedTransitions,
        List<String> missingForAvailable,
        LocalDate statusChangedOn,
        LocalDate registrationDate,
        List<MemberView> members,
        List<IntakeVisit> intakes,
        Instant createdAt,
        long version)
        implements PersonalData {
    @Override
    public AccessRecord accessRecord() {
        return AccessRecord.supportFamily(RecordType.SUPPORT_FAMILY, id, id);
    }
}
