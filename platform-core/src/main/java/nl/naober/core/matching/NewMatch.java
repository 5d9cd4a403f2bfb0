package nl.naober.core.matching;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.naober.core.programme.DayPart;

/**
 * Proposing a match.
 *
 * @param childIds the family's children it is for; all of them when empty
 * @param dayParts the agreed day-parts; must be offered by the support family
 */
public record NewMatch(
        @NotNull(message = "{match.familyId.required}") UUID familyId,

        @NotNull(message = "{match.supportFamilyId.required}")
        UUID supportFamilyId,

        List<UUID> childIds,
        @NotEmpty(message = "{match.dayParts.required}") Set<DayPart> dayParts) {}
