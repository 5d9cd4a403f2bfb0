package nl.naober.matching.web;

import java.util.List;
import nl.naober.matching.suggestion.Exclusion;
import nl.naober.matching.suggestion.Suggestion;
import nl.naober.matching.suggestion.SuggestionReport;

/**
 * Match suggestions with why the other support families were left out.
 *
 * @param suggestions the best suggestions, best first
 * @param considered AVAILABLE and PAUSED support families looked at
 * @param fitting how many passed every exclusion
 * @param excluded per reason how many it left out; a family failing several rules counts under each
 */
record SuggestionReportResponse(
        List<Suggestion> suggestions, int considered, int fitting, List<ExcludedCount> excluded) {

    /**
     * @param reason the rule
     * @param count how many support families it left out
     * @param text the reason in Dutch
     */
    record ExcludedCount(Exclusion reason, int count, String text) {}

    static SuggestionReportResponse of(SuggestionReport report) {
        return new SuggestionReportResponse(
                report.suggestions(),
                report.considered(),
                report.fitting(),
                report.excluded().entrySet().stream()
                        .map(e -> new ExcludedCount(
                                e.getKey(), e.getValue(), e.getKey().dutch()))
                        .toList());
    }
}
