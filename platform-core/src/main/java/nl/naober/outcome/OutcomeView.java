package nl.naober.outcome;

import java.time.LocalDate;
import java.util.UUID;
import nl.naober.accesslog.AccessRecord;
import nl.naober.accesslog.PersonalData;
import nl.naober.accesslog.RecordType;

public record OutcomeView(
        UUID id,
        OutcomeMoment moment,
        LocalDate measuredOn,
        UUID matchId,
        Integer parentingStrain,
        Integer familyRest,
        Integer ownNetwork,
        Integer childWellbeing,
        Integer satisfaction,
        Boolean droppedOut,
        Boolean goalReachedWithoutHelp,
        Boolean heavierCareNeeded)
        implements PersonalData {
    @Override
    public AccessRecord accessRecord() {
        return AccessRecord.match(RecordType.OUTCOME, id, matchId);
    }
}
