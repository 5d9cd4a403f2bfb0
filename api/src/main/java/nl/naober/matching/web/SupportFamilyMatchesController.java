package nl.naober.matching.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import nl.naober.matching.MatchService;
import nl.naober.matching.MatchView;
import nl.naober.supportfamily.SupportFamilyService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A support family's matches, under the support family's address; matching knows support families, not the reverse. */
@RestController
@RequestMapping("/api/v1/municipalities/{code}/support-families")
@PreAuthorize("hasRole('COORDINATOR')")
@Tag(name = "Support families", description = "Steungezinnen: volunteer families")
class SupportFamilyMatchesController {

    private final SupportFamilyService supportFamilies;
    private final MatchService matches;

    SupportFamilyMatchesController(SupportFamilyService supportFamilies, MatchService matches) {
        this.supportFamilies = supportFamilies;
        this.matches = matches;
    }

    @GetMapping("/{id}/matches")
    @Operation(summary = "The support family's matches, newest first")
    List<MatchView> matches(@PathVariable String code, @PathVariable UUID id) {
        supportFamilies.get(id);
        return matches.ofSupportFamily(id);
    }
}
