package nl.naober.matching.suggestion;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.naober.programme.DayPart;
import nl.naober.programme.NeedCategory;

/**
 * Ranks support families (steungezinnen) for a family (vraaggezin) and explains each score in Dutch. Pure and
 * stateless: no Spring, no database, safe to share between threads.
 *
 * <h2>The documented score</h2>
 *
 * <p><b>Hard exclusions.</b> A candidate is never suggested when
 *
 * <ul>
 *   <li>it is paused ({@link Candidate#paused()});
 *   <li>not every adult in its household has a valid VOG ({@link Candidate#allAdultsHaveValidVog()});
 *   <li>it has no spare capacity: {@code capacity - currentLoad} is less than the number of children in the request,
 *       counting at least 1 (so a request without children entered yet still needs one free place);
 *   <li>none of its available day-parts is among the requested day-parts. A family that has requested no
 *       day-parts therefore gets no suggestions: record its day-parts first.
 * </ul>
 *
 * {@link #candidateDepth} counts the candidates that pass these exclusions; {@link #report} also counts, per
 * {@link Exclusion}, the candidates each rule leaves out (a candidate failing several rules counts under each), so a
 * coordinator for whom nothing fits sees why. Both use the same test as the ranking.
 *
 * <p><b>Which children.</b> The request is for the children in {@link FamilyNeeds#children()}; a caller that asks
 * for some of a family's children passes only those, and places, age fit and experience then count only them.
 *
 * <p><b>Score.</b> Every remaining candidate gets 0–100 points, the sum of five parts, each rounded half up to whole
 * points:
 *
 * <table>
 *   <caption>Score parts</caption>
 *   <tr><th>criterion</th><th>max</th><th>points</th></tr>
 *   <tr><td>{@value #CRITERION_DAY_PARTS} (day-part overlap)</td><td>35</td>
 *       <td>35 × overlap ÷ requested day-parts; full 35 as soon as the overlap reaches the day-parts per week the
 *       family needs ({@link FamilyNeeds#dayPartsPerWeek()}, when that is at least 1)</td></tr>
 *   <tr><td>{@value #CRITERION_AGE} (age fit)</td><td>20</td>
 *       <td>20 × children whose age is within [minAge, maxAge] ÷ children; 0 when no children are entered yet
 *       (and the explanation says so)</td></tr>
 *   <tr><td>{@value #CRITERION_DISTANCE} (distance)</td><td>20</td>
 *       <td>20 up to and including 2 km, linearly down to 0 at 15 km and beyond (great-circle distance between
 *       the homes). When the location of either home is unknown: {@value #NEUTRAL_DISTANCE} points, half, the score
 *       of about 8.5 km: an unknown location neither sinks a family below every far one nor lifts it above a near
 *       one. Leaving the criterion out and rescaling to 100 would instead reward not knowing (a family at 14 km
 *       loses points a family with an unknown address would not). The explanation says plainly "Afstand onbekend:
 *       adres van … nog niet gevonden; telt neutraal (10 van 20)" and the suggestion is flagged
 *       ({@link Suggestion#locationUnknown()})</td></tr>
 *   <tr><td>{@value #CRITERION_EXPERIENCE} (experience)</td><td>15</td>
 *       <td>15 × the distinct need categories of the children the family has experience with ÷ all distinct need
 *       categories of the children; full 15 when the children have no special needs (the explanation says
 *       so)</td></tr>
 *   <tr><td>{@value #CRITERION_LOAD} (current load)</td><td>10</td>
 *       <td>10 × (capacity − currentLoad) ÷ capacity: 10 with no children placed, proportionally less as the load
 *       approaches the capacity</td></tr>
 * </table>
 *
 * <p><b>Order.</b> Highest score first; equal scores by shorter distance (unknown distance last), then by name
 * (case-insensitive), then by id, so the order is always the same for the same input.
 *
 * <p><b>Explanations</b> are short Dutch sentences, e.g. "2 van 2 gevraagde dagdelen passen (woensdagmiddag,
 * zaterdagochtend)", "Beide kinderen (4 en 7 jaar) vallen binnen 3–10 jaar", "3,4 km tussen beide adressen",
 * "Ervaring met ADHD", "Nog geen kinderen geplaatst (capaciteit 2)".
 *
 * <p><b>Cost.</b> Exclusions and scores are computed without building any text and without allocating per
 * excluded candidate; explanations are only built for the suggestions returned, so {@link #rank(FamilyNeeds,
 * Collection, int)} with a small limit stays cheap for thousands of candidates.
 */
public final class MatchSuggester {

    /** Criterion label of the day-part overlap. */
    public static final String CRITERION_DAY_PARTS = "Dagdelen";
    /** Criterion label of the age fit. */
    public static final String CRITERION_AGE = "Leeftijd";
    /** Criterion label of the distance. */
    public static final String CRITERION_DISTANCE = "Afstand";
    /** Criterion label of the experience with the children's needs. */
    public static final String CRITERION_EXPERIENCE = "Ervaring";
    /** Criterion label of the current load. */
    public static final String CRITERION_LOAD = "Huidige plaatsingen";

    static final int MAX_DAY_PARTS = 35;
    static final int MAX_AGE = 20;
    static final int MAX_DISTANCE = 20;
    static final int MAX_EXPERIENCE = 15;
    static final int MAX_LOAD = 10;
    /** Distance points when a location is unknown: half of {@link #MAX_DISTANCE}. */
    static final int NEUTRAL_DISTANCE = MAX_DISTANCE / 2;

    static final double FULL_POINTS_KM = 2.0;
    static final double ZERO_POINTS_KM = 15.0;

    private static final DayPart[] DAY_PARTS = DayPart.values();
    private static final NeedCategory[] NEEDS = NeedCategory.values();
    private static final Exclusion[] EXCLUSIONS = Exclusion.values();

    private static final Comparator<Scored> ORDER = Comparator.comparingInt((Scored s) -> -s.total)
            .thenComparingDouble(s -> s.km) // Double.compare puts NaN (unknown) after every number
            .thenComparing(s -> s.candidate.name(), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(s -> s.candidate.name())
            .thenComparing(s -> s.candidate.supportFamilyId());

    /** All suggestions, best first. Same as {@code rank(family, candidates, Integer.MAX_VALUE)}. */
    public List<Suggestion> rank(FamilyNeeds family, Collection<Candidate> candidates) {
        return rank(family, candidates, Integer.MAX_VALUE);
    }

    /**
     * The best {@code limit} suggestions, best first, each explained.
     *
     * @param limit the most suggestions to return, not negative
     * @return an unmodifiable list of at most {@code limit} suggestions
     */
    public List<Suggestion> rank(FamilyNeeds family, Collection<Candidate> candidates, int limit) {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(candidates, "candidates");
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        return report(family, candidates, limit).suggestions();
    }

    /**
     * The best {@code limit} suggestions, and per {@link Exclusion} how many candidates it leaves out.
     *
     * @param limit the most suggestions to return, not negative
     */
    public SuggestionReport report(FamilyNeeds family, Collection<Candidate> candidates, int limit) {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(candidates, "candidates");
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        Request request = new Request(family);
        Scored[] scored = new Scored[candidates.size()];
        int[] excluded = new int[EXCLUSIONS.length];
        int passed = 0;
        for (Candidate candidate : candidates) {
            Objects.requireNonNull(candidate, "candidate");
            int overlap = request.overlap(candidate);
            int exclusions = request.exclusions(candidate, overlap);
            if (exclusions == 0) {
                scored[passed++] = request.score(candidate, overlap);
            } else {
                for (Exclusion exclusion : EXCLUSIONS) {
                    if ((exclusions & (1 << exclusion.ordinal())) != 0) {
                        excluded[exclusion.ordinal()]++;
                    }
                }
            }
        }
        Map<Exclusion, Integer> counts = new EnumMap<>(Exclusion.class);
        for (Exclusion exclusion : EXCLUSIONS) {
            if (excluded[exclusion.ordinal()] > 0) {
                counts.put(exclusion, excluded[exclusion.ordinal()]);
            }
        }
        Arrays.sort(scored, 0, passed, ORDER);
        int count = Math.min(passed, limit);
        List<Suggestion> suggestions = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            suggestions.add(request.explain(scored[i]));
        }
        return new SuggestionReport(suggestions, candidates.size(), passed, counts);
    }

    /** How many candidates pass the hard exclusions: the depth of the pool for this family. */
    public int candidateDepth(FamilyNeeds family, Collection<Candidate> candidates) {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(candidates, "candidates");
        Request request = new Request(family);
        int depth = 0;
        for (Candidate candidate : candidates) {
            Objects.requireNonNull(candidate, "candidate");
            if (request.exclusions(candidate, request.overlap(candidate)) == 0) {
                depth++;
            }
        }
        return depth;
    }

    /** {@code maxPoints × part ÷ whole} rounded half up, for non-negative numbers and a positive {@code whole}. */
    static int roundedShare(int maxPoints, int part, int whole) {
        return (2 * maxPoints * part + whole) / (2 * whole);
    }

    /** Distance points for a known distance. */
    static int distancePoints(double km) {
        if (km <= FULL_POINTS_KM) {
            return MAX_DISTANCE;
        }
        if (km >= ZERO_POINTS_KM) {
            return 0;
        }
        return (int) Math.round(MAX_DISTANCE * (ZERO_POINTS_KM - km) / (ZERO_POINTS_KM - FULL_POINTS_KM));
    }

    /** A candidate that passed the exclusions, with its points; no text yet. */
    private static final class Scored {
        final Candidate candidate;
        final int overlapMask;
        final int dayPartPoints;
        final int agePoints;
        final double km; // NaN when unknown
        final int distancePoints;
        final int coveredNeedMask;
        final int experiencePoints;
        final int loadPoints;
        final int total;

        Scored(
                Candidate candidate,
                int overlapMask,
                int dayPartPoints,
                int agePoints,
                double km,
                int distancePoints,
                int coveredNeedMask,
                int experiencePoints,
                int loadPoints) {
            this.candidate = candidate;
            this.overlapMask = overlapMask;
            this.dayPartPoints = dayPartPoints;
            this.agePoints = agePoints;
            this.km = km;
            this.distancePoints = distancePoints;
            this.coveredNeedMask = coveredNeedMask;
            this.experiencePoints = experiencePoints;
            this.loadPoints = loadPoints;
            this.total = dayPartPoints + agePoints + distancePoints + experiencePoints + loadPoints;
        }
    }

    /** The family's side, prepared once per call. */
    private static final class Request {
        final FamilyNeeds family;
        final DayPart[] requested;
        final int fullDayPartsAt;
        final int placesNeeded;
        final int[] ages;
        final NeedCategory[] needs;
        final boolean located;
        final double latitude;
        final double longitude;

        Request(FamilyNeeds family) {
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
            for (NeedCategory need : NEEDS) {
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
            int overlap = Integer.bitCount(overlapMask);
            int dayPartPoints =
                    overlap >= fullDayPartsAt ? MAX_DAY_PARTS : roundedShare(MAX_DAY_PARTS, overlap, requested.length);

            int agePoints = 0;
            if (ages.length > 0) {
                int fitting = 0;
                for (int age : ages) {
                    if (age >= candidate.minAge() && age <= candidate.maxAge()) {
                        fitting++;
                    }
                }
                agePoints = roundedShare(MAX_AGE, fitting, ages.length);
            }

            double km = Double.NaN;
            int distancePoints = NEUTRAL_DISTANCE;
            if (located && Haversine.known(candidate.latitude(), candidate.longitude())) {
                km = Haversine.kilometres(latitude, longitude, candidate.latitude(), candidate.longitude());
                distancePoints = distancePoints(km);
            }

            int coveredNeedMask = 0;
            int experiencePoints = MAX_EXPERIENCE;
            if (needs.length > 0) {
                Set<NeedCategory> experience = candidate.experience();
                for (NeedCategory need : needs) {
                    if (experience.contains(need)) {
                        coveredNeedMask |= 1 << need.ordinal();
                    }
                }
                experiencePoints = roundedShare(MAX_EXPERIENCE, Integer.bitCount(coveredNeedMask), needs.length);
            }

            int loadPoints =
                    roundedShare(MAX_LOAD, candidate.capacity() - candidate.currentLoad(), candidate.capacity());

            return new Scored(
                    candidate,
                    overlapMask,
                    dayPartPoints,
                    agePoints,
                    km,
                    distancePoints,
                    coveredNeedMask,
                    experiencePoints,
                    loadPoints);
        }

        Suggestion explain(Scored scored) {
            Candidate candidate = scored.candidate;
            List<ScorePart> parts = List.of(
                    new ScorePart(CRITERION_DAY_PARTS, scored.dayPartPoints, MAX_DAY_PARTS, dayParts(scored)),
                    new ScorePart(CRITERION_AGE, scored.agePoints, MAX_AGE, age(candidate)),
                    new ScorePart(CRITERION_DISTANCE, scored.distancePoints, MAX_DISTANCE, distance(scored)),
                    new ScorePart(CRITERION_EXPERIENCE, scored.experiencePoints, MAX_EXPERIENCE, experience(scored)),
                    new ScorePart(CRITERION_LOAD, scored.loadPoints, MAX_LOAD, load(candidate)));
            return new Suggestion(
                    candidate.supportFamilyId(), candidate.name(), scored.total, parts, Double.isNaN(scored.km));
        }

        private String dayParts(Scored scored) {
            List<String> labels = new ArrayList<>();
            for (DayPart dayPart : DAY_PARTS) {
                if ((scored.overlapMask & (1 << dayPart.ordinal())) != 0) {
                    labels.add(DutchText.dayPart(dayPart));
                }
            }
            int overlap = labels.size();
            StringBuilder text = new StringBuilder()
                    .append(overlap)
                    .append(" van ")
                    .append(requested.length)
                    .append(requested.length == 1 ? " gevraagd dagdeel" : " gevraagde dagdelen")
                    .append(overlap == 1 ? " past (" : " passen (")
                    .append(String.join(", ", labels))
                    .append(')');
            int perWeek = family.dayPartsPerWeek();
            if (overlap < requested.length && perWeek >= 1 && overlap >= perWeek) {
                text.append("; genoeg voor ")
                        .append(perWeek)
                        .append(perWeek == 1 ? " dagdeel per week" : " dagdelen per week");
            }
            return text.toString();
        }

        private String age(Candidate candidate) {
            if (ages.length == 0) {
                return "Leeftijd onbekend: nog geen kinderen ingevoerd";
            }
            String range = candidate.minAge() + "–" + candidate.maxAge() + " jaar";
            List<String> fitting = new ArrayList<>();
            List<String> notFitting = new ArrayList<>();
            for (int age : ages) {
                (age >= candidate.minAge() && age <= candidate.maxAge() ? fitting : notFitting)
                        .add(Integer.toString(age));
            }
            if (ages.length == 1) {
                return "Kind (" + ages[0] + " jaar) valt " + (fitting.isEmpty() ? "buiten " : "binnen ") + range;
            }
            String all = ages.length == 2 ? "Beide kinderen" : "Alle " + ages.length + " kinderen";
            if (notFitting.isEmpty()) {
                return all + " (" + DutchText.and(fitting) + " jaar) vallen binnen " + range;
            }
            if (fitting.isEmpty()) {
                return all + " (" + DutchText.and(notFitting) + " jaar) vallen buiten " + range;
            }
            return fitting.size() + " van " + ages.length + " kinderen " + (fitting.size() == 1 ? "valt" : "vallen")
                    + " binnen " + range + " (" + DutchText.and(fitting) + " jaar wel, " + DutchText.and(notFitting)
                    + " jaar niet)";
        }

        private String distance(Scored scored) {
            if (!Double.isNaN(scored.km)) {
                return DutchText.kilometres(scored.km) + " km tussen beide adressen";
            }
            boolean candidateLocated = Haversine.known(scored.candidate.latitude(), scored.candidate.longitude());
            String whose;
            if (!located && !candidateLocated) {
                whose = "het vraaggezin en van het steungezin";
            } else if (!located) {
                whose = "het vraaggezin";
            } else {
                whose = "het steungezin";
            }
            return "Afstand onbekend: adres van " + whose + " nog niet gevonden; telt neutraal (" + NEUTRAL_DISTANCE
                    + " van " + MAX_DISTANCE + ")";
        }

        private String experience(Scored scored) {
            if (needs.length == 0) {
                if (ages.length == 0) {
                    return "Geen kinderen ingevoerd: geen zorgvragen bekend";
                }
                return "Geen bijzondere zorgvragen bij " + (ages.length == 1 ? "het kind" : "de kinderen");
            }
            List<String> covered = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            for (NeedCategory need : needs) {
                ((scored.coveredNeedMask & (1 << need.ordinal())) != 0 ? covered : missing).add(DutchText.need(need));
            }
            if (missing.isEmpty()) {
                return "Ervaring met " + DutchText.and(covered);
            }
            if (covered.isEmpty()) {
                return "Geen ervaring met " + DutchText.or(missing);
            }
            return "Ervaring met " + DutchText.and(covered) + "; geen ervaring met " + DutchText.or(missing);
        }

        private static String load(Candidate candidate) {
            int placed = candidate.currentLoad();
            String capacity = " (capaciteit " + candidate.capacity() + ")";
            if (placed == 0) {
                return "Nog geen kinderen geplaatst" + capacity;
            }
            return placed + (placed == 1 ? " kind geplaatst" : " kinderen geplaatst") + capacity;
        }
    }
}
