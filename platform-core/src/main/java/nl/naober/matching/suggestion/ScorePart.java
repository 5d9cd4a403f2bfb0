package nl.naober.matching.suggestion;

import java.util.Objects;

/**
 * One criterion of a suggestion's score.
 *
 * @param criterion the criterion's Dutch label, one of the {@code CRITERION_*} constants of {@link MatchSuggester}
 * @param points the points scored, between 0 and {@code maxPoints}
 * @param maxPoints the most this criterion can give
 * @param explanation a short, concrete Dutch explanation for the coordinator
 */
public record ScorePart(String criterion, int points, int maxPoints, String explanation) {

    public ScorePart {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(explanation, "explanation");
        if (maxPoints < 0 || points < 0 || points > maxPoints) {
            throw new IllegalArgumentException("points " + points + " not within 0.." + maxPoints);
        }
    }
}
