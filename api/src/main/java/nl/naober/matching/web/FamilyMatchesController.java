package nl.naober.matching.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import nl.naober.family.FamilyService;
import nl.naober.matching.MatchService;
import nl.naober.matching.MatchSuggestions;
import nl.naober.matching.MatchView;
import nl.naober.matching.suggestion.Suggestion;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A family's match suggestions and matches, under the family's address: they are matching's answers about one
 * family, so they live with matching (which knows families), not with the family (which does not know matches).
 */
@RestController
@RequestMapping("/api/v1/municipalities/{code}/families")
@PreAuthorize("hasRole('COORDINATOR')")
@Tag(name = "Families", description = "Vraaggezinnen: families that asked for support")
class FamilyMatchesController {

    private static final int MAX_SUGGESTIONS = 50;

    private final FamilyService families;
    private final MatchSuggestions suggestions;
    private final MatchService matches;

    FamilyMatchesController(FamilyService families, MatchSuggestions suggestions, MatchService matches) {
        this.families = families;
        this.suggestions = suggestions;
        this.matches = matches;
    }

    @GetMapping("/{id}/match-suggestions")
    @Operation(summary = "Ranked support families with their score explained in Dutch")
    List<Suggestion> suggestions(
            @PathVariable String code,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "10") int limit,
            @RequestParam(required = false) List<UUID> childIds) {
        return suggestions
                .report(id, childIds == null ? List.of() : childIds, Math.max(1, Math.min(limit, MAX_SUGGESTIONS)))
                .suggestions();
    }

    @GetMapping("/{id}/match-suggestions/report")
    @Operation(
            summary = "Suggestions for all or some children (childIds), with per reason how many support families"
                    + " were left out (paused, no valid VOG, too few places, no overlapping day-part)")
    SuggestionReportResponse suggestionReport(
            @PathVariable String code,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "10") int limit,
            @RequestParam(required = false) List<UUID> childIds) {
        return SuggestionReportResponse.of(suggestions.report(
                id, childIds == null ? List.of() : childIds, Math.max(1, Math.min(limit, MAX_SUGGESTIONS))));
    }

    @GetMapping("/{id}/matches")
    @Operation(summary = "The family's matches, newest first")
    List<MatchView> matches(@PathVariable String code, @PathVariable UUID id) {
        families.get(id);
        return matches.ofFamily(id);
    }
}
