package nl.naober.matching.suggestion;

import static nl.naober.matching.suggestion.MatchSuggester.MAX_AGE;
import static nl.naober.matching.suggestion.MatchSuggester.MAX_DAY_PARTS;
import static nl.naober.matching.suggestion.MatchSuggester.MAX_EXPERIENCE;
import static nl.naober.matching.suggestion.MatchSuggester.MAX_LOAD;
import static nl.naober.matching.suggestion.MatchSuggester.NEUTRAL_DISTANCE;
import static nl.naober.matching.suggestion.MatchSuggester.distancePoints;
import static nl.naober.matching.suggestion.MatchSuggester.roundedShare;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.naober.programme.DayPart;
import nl.naober.programme.NeedCategory;

/** The family's side of a suggestion, prepared once per call: what each candidate is excluded and scored on. */
final class FamilyRequest {
    final FamilyNeeds family;
    final DayPart[] requested;
    final int fullDayPartsAt;
    final int placesNeeded;
    final int[] ages;
    final NeedCategory[] needs;
    final boolean located;
    final double latitude;
    final double longitude;

    FamilyRequest(FamilyNeeds family) {
        this.family = family;
        Set<DayPart> requestedDayParts = family.requestedDayParts();
        this.requested = requestedDayParts.toArray(new DayPart[0]);
        int perWeek = family.dayPartsPerWeek();
        this.fullDayPartsAt = perWeek >= 1 ? Math.min(perWeek, requested.length) : requested.length;
        List<ChildNeeds> children = family.children();
        this.placesNeeded = Math.max(1, children.size());
        this.ages = new int[children.size()];
        int needMask = 0;
        for (int i = 0; i < ages.length; i++) {
            ChildNeeds child = children.get(i);
            ages[i] = child.ageInYears();
            for (NeedCategory need : child.needs()) {
                needMask |= 1 << need.ordinal();
            }
        }
        List<NeedCategory> distinctNeeds = new ArrayList<>();
        for (NeedCategory need : NeedCategory.values()) {
            if ((needMask & (1 << need.ordinal())) != 0) {
                distinctNeeds.add(need);
            }
        }
        this.needs = distinctNeeds.toArray(new NeedCategory[0]);
        this.located = Haversine.known(family.latitude(), family.longitude());
        this.latitude = located ? family.latitude() : Double.NaN;
        this.longitude = located ? family.longitude() : Double.NaN;
    }

    /**
     * The bit mask (by {@link Exclusion#ordinal()}) of the rules that exclude the candidate; 0 when it may be
     * suggested. The one definition of the hard exclusions. Allocation-free.
     */
    int exclusions(Candidate candidate, int overlapMask) {
        int mask = 0;
        if (candidate.paused()) {
            mask |= 1 << Exclusion.PAUSED.ordinal();
        }
        if (!candidate.allAdultsHaveValidVog()) {
            mask |= 1 << Exclusion.NO_VALID_VOG.ordinal();
        }
        if (candidate.capacity() - candidate.currentLoad() < placesNeeded) {
            mask |= 1 << Exclusion.NOT_ENOUGH_PLACES.ordinal();
        }
        if (overlapMask == 0) {
            mask |= 1 << Exclusion.NO_DAY_PART_OVERLAP.ordinal();
        }
        return mask;
    }

    /**
     * The bit mask (by {@link DayPart#ordinal()}) of requested day-parts the candidate offers. Allocation-free.
     */
    int overlap(Candidate candidate) {
        Set<DayPart> available = candidate.availableDayParts();
        int mask = 0;
        for (DayPart dayPart : requested) {
            if (available.contains(dayPart)) {
                mask |= 1 << dayPart.ordinal();
            }
        }
        return mask;
    }

    Scored score(Candidate candidate, int overlapMask) {
        double km = kilometresTo(candidate);
        int coveredNeedMask = coveredNeeds(candidate);
        return new Scored(
                candidate,
                overlapMask,
                dayPartPoints(overlapMask),
                agePoints(candidate),
                km,
                Double.isNaN(km) ? NEUTRAL_DISTANCE : distancePoints(km),
                coveredNeedMask,
                needs.length > 0
                        ? roundedShare(MAX_EXPERIENCE, Integer.bitCount(coveredNeedMask), needs.length)
                        : MAX_EXPERIENCE,
                roundedShare(MAX_LOAD, candidate.capacity() - candidate.currentLoad(), candidate.capacity()));
    }

    private int dayPartPoints(int overlapMask) {
        int overlap = Integer.bitCount(overlapMask);
        return overlap >= fullDayPartsAt ? MAX_DAY_PARTS : roundedShare(MAX_DAY_PARTS, overlap, requested.length);
    }

    private int agePoints(Candidate candidate) {
        if (ages.length == 0) {
            return 0;
        }
        int fitting = 0;
        for (int age : ages) {
            if (age >= candidate.minAge() && age <= candidate.maxAge()) {
                fitting++;
            }
        }
        return roundedShare(MAX_AGE, fitting, ages.length);
    }

    /** NaN when either home's location is unknown. */
    private double kilometresTo(Candidate candidate) {
        if (located && Haversine.known(candidate.latitude(), candidate.longitude())) {
            return Haversine.kilometres(latitude, longitude, candidate.latitude(), candidate.longitude());
        }
        return Double.NaN;
    }

    /** The bit mask (by {@link NeedCategory#ordinal()}) of the children's needs the candidate has experience with. */
    private int coveredNeeds(Candidate candidate) {
        Set<NeedCategory> experience = candidate.experience();
        int mask = 0;
        for (NeedCategory need : needs) {
            if (experience.contains(need)) {
                mask |= 1 << need.ordinal();
            }
        }
        return mask;
    }
}
