package nl.naober.matching.suggestion;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Suggestions together with why the other support families were left out.
 *
 * @param suggestions the best suggestions, best first
 * @param considered how many support families were looked at (AVAILABLE and PAUSED ones)
 * @param fitting how many passed every exclusion (the candidate depth); may exceed the suggestions shown
 * @param excluded per reason, how many support families it excludes; a family failing several rules counts under
 *     each, so the counts may add up to more than {@code considered - fitting}. Reasons that exclude nobody are left
 *     out.
 */
public record SuggestionReport(
        List<Suggestion> suggestions, int considered, int fitting, Map<Exclusion, Integer> excluded) {

    public SuggestionReport {
        suggestions = List.copyOf(suggestions);
        excluded = Collections.unmodifiableMap(
                excluded.isEmpty() ? new EnumMap<>(Exclusion.class) : new EnumMap<>(excluded));
    }
}
