package nl.naober.family;

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

/**
 * A family as shown to its coordinator; {@code version} goes back with an edit. {@code leaveReason} and
 * {@code leaveExplanation} say why a declined or withdrawn family left; {@code reopensTo} is where reopening it would
 * take it (null when it cannot be reopened).
 */
public record FamilyView(
        UUID id,
        String parentName,
        String secondParentName,
        String contactEmail,
        String phone,
        String street,
        String houseNumber,
        String postcode,
        String city,
        Double latitude,
        Double longitude,
        int numberOfChildren,
        Set<RegistrationReason> reasons,
        String reasonOther,
        RegistrationSource source,
        String referringOrganisation,
        int dayPartsPerWeek,
        Set<DayPart> preferredDayParts,
        Instant consentAt,
        String consentVersion,
        String coordinator,
        LocalDate registrationDate,
        FamilyStatus status,
        Set<FamilyStatus> allowedTransitions,
        LocalDate statusChangedOn,
        LeaveReason leaveReason,
        String leaveExplanation,
        FamilyStatus reopensTo,
        List<ChildView> children,
        List<IntakeVisit> intakes,
        Instant createdAt,
        long version)
        implements PersonalData {
    @Override
    public AccessRecord accessRecord() {
        return AccessRecord.family(RecordType.FAMILY, id, id);
    }
}
