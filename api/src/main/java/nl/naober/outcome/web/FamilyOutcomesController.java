package nl.naober.outcome.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import nl.naober.outcome.NewOutcome;
import nl.naober.outcome.OutcomeService;
import nl.naober.outcome.OutcomeView;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A family's outcome measurements, under the family's address; outcomes know families, not the reverse. */
@RestController
@RequestMapping("/api/v1/municipalities/{code}/families")
@PreAuthorize("hasRole('COORDINATOR')")
@Tag(name = "Families", description = "Vraaggezinnen: families that asked for support")
class FamilyOutcomesController {

    private final OutcomeService outcomes;

    FamilyOutcomesController(OutcomeService outcomes) {
        this.outcomes = outcomes;
    }

    @GetMapping("/{id}/outcomes")
    @Operation(summary = "The family's outcome measurements")
    List<OutcomeView> outcomes(@PathVariable String code, @PathVariable UUID id) {
        return outcomes.ofFamily(id);
    }

    @PostMapping("/{id}/outcomes")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record an outcome measurement (0–5 scores; NJi/CBS indicators at closing)")
    OutcomeView recordOutcome(
            @PathVariable String code, @PathVariable UUID id, @Valid @RequestBody NewOutcome outcome) {
        return outcomes.record(id, outcome);
    }
}
