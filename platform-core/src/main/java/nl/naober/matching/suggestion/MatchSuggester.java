package nl.naober.matching.suggestion;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
        FamilyRequest request = new FamilyRequest(family);
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
        Explanations explanations = new Explanations(request);
        List<Suggestion> suggestions = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            suggestions.add(explanations.explain(scored[i]));
        }
        return new SuggestionReport(suggestions, candidates.size(), passed, counts);
    }

    /** How many candidates pass the hard exclusions: the depth of the pool for this family. */
    public int candidateDepth(FamilyNeeds family, Collection<Candidate> candidates) {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(candidates, "candidates");
        FamilyRequest request = new FamilyRequest(family);
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
}
