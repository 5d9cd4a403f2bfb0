package nl.naober.outcome;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The parent's own ratings (0–5) of parenting strain, rest in the family, own network and the child's wellbeing;
 * at closing also satisfaction and the NJi/CBS indicators (drop-out, goal reached without further help, heavier
 * or new youth care needed), asked again at the follow-up.
 *
 * @param measuredOn defaults to today
 */
public record NewOutcome(
        @NotNull(message = "{outcome.moment.required}") OutcomeMoment moment,
        @PastOrPresent(message = "{date.future}") LocalDate measuredOn,
        UUID matchId,

        @Min(value = 0, message = "{outcome.scale}") @Max(value = 5, message = "{outcome.scale}")
        Integer parentingStrain,

        @Min(value = 0, message = "{outcome.scale}") @Max(value = 5, message = "{outcome.scale}")
        Integer familyRest,

        @Min(value = 0, message = "{outcome.scale}") @Max(value = 5, message = "{outcome.scale}")
        Integer ownNetwork,

        @Min(value = 0, message = "{outcome.scale}") @Max(value = 5, message = "{outcome.scale}")
        Integer childWellbeing,

        @Min(value = 0, message = "{outcome.scale}") @Max(value = 5, message = "{outcome.scale}")
        Integer satisfaction,

        Boolean droppedOut,
        Boolean goalReachedWithoutHelp,
        Boolean heavierCareNeeded) {}
