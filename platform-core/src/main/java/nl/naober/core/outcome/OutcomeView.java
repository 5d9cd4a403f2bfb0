package nl.naober.core.outcome;

import java.time.LocalDate;
import java.util.UUID;

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
        Boolean heavierCareNeeded) {}
