package nl.naober.matching.suggestion;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import nl.naober.programme.DayPart;
import nl.naober.programme.NeedCategory;

/**
 * A support family (steungezin) that might be suggested.
 *
 * @param supportFamilyId the support family's id
 * @param name the name shown to the coordinator
 * @param availableDayParts the day-parts the family offers; {@code null} means none
 * @param capacity how many children the family can take at the same time, not negative
 * @param currentLoad children currently placed with the family in open matches, not negative
 * @param minAge youngest age (years) the family takes
 * @param maxAge oldest age (years) the family takes
 * @param experience need categories the family has experience with; {@code null} means none
 * @param allAdultsHaveValidVog whether every adult in the household has a valid certificate of conduct (VOG)
 * @param latitude latitude of the family's home, {@code null} when the address has not been found
 * @param longitude longitude of the family's home, {@code null} when the address has not been found
 * @param paused whether the support family is paused (or otherwise not AVAILABLE): never suggested, but counted
 *     among the reasons why none fits
 */
public record Candidate(
        UUID supportFamilyId,
        String name,
        Set<DayPart> availableDayParts,
        int capacity,
        int currentLoad,
        int minAge,
        int maxAge,
        Set<NeedCategory> experience,
        boolean allAdultsHaveValidVog,
        Double latitude,
        Double longitude,
        boolean paused) {

    /** An AVAILABLE support family. */
    public Candidate(
            UUID supportFamilyId,
            String name,
            Set<DayPart> availableDayParts,
            int capacity,
            int currentLoad,
            int minAge,
            int maxAge,
            Set<NeedCategory> experience,
            boolean allAdultsHaveValidVog,
            Double latitude,
            Double longitude) {
        this(
                supportFamilyId,
                name,
                availableDayParts,
                capacity,
                currentLoad,
                minAge,
                maxAge,
                experience,
                allAdultsHaveValidVog,
                latitude,
                longitude,
                false);
    }

    public Candidate {
        Objects.requireNonNull(supportFamilyId, "supportFamilyId");
        Objects.requireNonNull(name, "name");
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must not be negative: " + capacity);
        }
        if (currentLoad < 0) {
            throw new IllegalArgumentException("currentLoad must not be negative: " + currentLoad);
        }
        availableDayParts = ChildNeeds.immutableEnumSet(availableDayParts, DayPart.class);
        experience = ChildNeeds.immutableEnumSet(experience, NeedCategory.class);
    }
}
