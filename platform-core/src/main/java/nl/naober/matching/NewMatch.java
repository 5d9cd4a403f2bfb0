package nl.naober.matching;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.naober.programme.DayPart;

/**
 * Proposing a match.
 *
 * @param childIds the family's children it is for; all of them when empty
 * @param dayParts the agreed day-parts; must be offered by the support family
 * @param proposedOn the day it was proposed (defaults to today): not before the family waits or the support family
 *     is available; the support family's VOGs must be valid on that day
 */
public record NewMatch(
        @NotNull(message = "{match.familyId.required}") UUID familyId,

        @NotNull(message = "{match.supportFamilyId.required}")
        UUID supportFamilyId,

        List<UUID> childIds,
        @NotEmpty(message = "{match.dayParts.required}") Set<DayPart> dayParts,
        @PastOrPresent(message = "{date.future}") LocalDate proposedOn) {

    /** Proposed today. */
    public NewMatch(UUID familyId, UUID supportFamilyId, List<UUID> childIds, Set<DayPart> dayParts) {
        this(familyId, supportFamilyId, childIds, dayParts, null);
    }
}
