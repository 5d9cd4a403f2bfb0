package nl.naober.matching.suggestion;

import java.util.List;
import java.util.Set;
import nl.naober.programme.DayPart;

/**
 * What the requesting family (vraaggezin) asks for.
 *
 * @param requestedDayParts the day-parts the family would like support on; {@code null} means none
 * @param dayPartsPerWeek how many day-parts a week the family needs; below 1 means "not stated" (then only covering
 *     every requested day-part gives full day-part points)
 * @param children the children the request is for; {@code null} means none entered yet
 * @param latitude latitude of the family's home, {@code null} when the address has not been found
 * @param longitude longitude of the family's home, {@code null} when the address has not been found
 */
public record FamilyNeeds(
        Set<DayPart> requestedDayParts,
        int dayPartsPerWeek,
        List<ChildNeeds> children,
        Double latitude,
        Double longitude) {

    public FamilyNeeds {
        requestedDayParts = ChildNeeds.immutableEnumSet(requestedDayParts, DayPart.class);
        children = children == null ? List.of() : List.copyOf(children);
    }
}
