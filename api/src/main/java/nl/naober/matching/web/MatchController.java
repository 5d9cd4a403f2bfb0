package nl.naober.matching.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.Set;
import java.util.UUID;
import nl.naober.matching.MatchCancellation;
import nl.naober.matching.MatchClosing;
import nl.naober.matching.MatchService;
import nl.naober.matching.MatchStatus;
import nl.naober.matching.MatchView;
import nl.naober.matching.NewContact;
import nl.naober.matching.NewEvaluation;
import nl.naober.matching.NewMatch;
import nl.naober.matching.NewSignal;
import nl.naober.matching.TrialStart;
import nl.naober.timeline.Timeline;
import nl.naober.timeline.TimelineItem;
import nl.naober.web.paging.PageResponse;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** Matches (koppelingen) of one municipality, from proposal to closing. Coordinators only. */
@RestController
@RequestMapping("/api/v1/municipalities/{code}/matches")
@PreAuthorize("hasRole('COORDINATOR')")
@Tag(name = "Matches", description = "Koppelingen: proposal, trial period, evaluations, closing")
class MatchController {

    private final MatchService matches;
    private final Timeline timeline;

    MatchController(MatchService matches, Timeline timeline) {
        this.matches = matches;
        this.timeline = timeline;
    }

    @PostMapping
    @Operation(summary = "Propose a match (409 with the broken rules: capacity, open match, VOG, day-parts)")
    ResponseEntity<MatchView> propose(
            @PathVariable String code, @Valid @RequestBody NewMatch match, UriComponentsBuilder uri) {
        MatchView proposed = matches.propose(match);
        return ResponseEntity.created(uri.path("/api/v1/municipalities/{code}/matches/{id}")
                        .buildAndExpand(code, proposed.id())
                        .toUri())
                .body(proposed);
    }

    @GetMapping
    @Operation(summary = "List matches, optionally by state")
    PageResponse<MatchView> list(
            @PathVariable String code,
            @RequestParam(required = false) Set<MatchStatus> status,
            @PageableDefault(size = 20, sort = "proposedOn", direction = Sort.Direction.DESC) Pageable pageable) {
        return PageResponse.of(matches.list(status, pageable));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One match with its evaluations, contacts and signals")
    MatchView get(@PathVariable String code, @PathVariable UUID id) {
        return matches.get(id);
    }

    @PostMapping("/{id}/trial")
    @Operation(summary = "Start the trial period (the family is matched from then on)")
    MatchView startTrial(@PathVariable String code, @PathVariable UUID id, @Valid @RequestBody TrialStart start) {
        return matches.startTrial(id, start);
    }

    @PostMapping("/{id}/evaluations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Evaluate: a trial evaluation continues or ends the match; a periodic one plans the next",
            description = "A TRIAL evaluation with decision CONTINUE held before the trial's planned end"
                    + " (`trialPlannedEnd`) ends the trial (the match becomes ACTIVE) only with `\"endTrialEarly\":"
                    + " true`; without it the evaluation is recorded and the trial runs on to its planned end."
                    + " END always ends the match. An optional `version` (the match's, as read) refuses a decision"
                    + " made on a stale view with 409 `stale-version` (issue 17).")
    MatchView evaluate(@PathVariable String code, @PathVariable UUID id, @Valid @RequestBody NewEvaluation evaluation) {
        return matches.evaluate(id, evaluation);
    }

    @PostMapping("/{id}/contacts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a contact moment")
    MatchView recordContact(@PathVariable String code, @PathVariable UUID id, @Valid @RequestBody NewContact contact) {
        return matches.recordContact(id, contact);
    }

    @PostMapping("/{id}/signals")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a signal (debts, safety, ...); a referral needs the family's consent")
    MatchView recordSignal(@PathVariable String code, @PathVariable UUID id, @Valid @RequestBody NewSignal signal) {
        return matches.recordSignal(id, signal);
    }

    @PostMapping("/{id}/close")
    @Operation(summary = "Close the match with a reason and outcome")
    MatchView close(@PathVariable String code, @PathVariable UUID id, @Valid @RequestBody MatchClosing closing) {
        return matches.close(id, closing);
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "Cancel a proposal (cancelledOn defaults to today; not before the proposal)")
    MatchView cancel(
            @PathVariable String code, @PathVariable UUID id, @Valid @RequestBody MatchCancellation cancellation) {
        return matches.cancel(id, cancellation);
    }

    @GetMapping("/{id}/timeline")
    @Operation(summary = "Everything that happened in the match, newest first")
    PageResponse<TimelineItem> timeline(
            @PathVariable String code, @PathVariable UUID id, @PageableDefault(size = 50) Pageable pageable) {
        matches.get(id);
        return PageResponse.of(timeline.ofMatch(id, pageable));
    }
}
