package nl.naober.family.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import nl.naober.family.ChildUpdate;
import nl.naober.family.FamilyFilter;
import nl.naober.family.FamilyReopening;
import nl.naober.family.FamilyService;
import nl.naober.family.FamilyStatus;
import nl.naober.family.FamilyStatusChange;
import nl.naober.family.FamilyUpdate;
import nl.naober.family.FamilyView;
import nl.naober.family.NewChild;
import nl.naober.family.NewFamily;
import nl.naober.programme.IntakeVisit;
import nl.naober.timeline.NewNote;
import nl.naober.timeline.Timeline;
import nl.naober.timeline.TimelineItem;
import nl.naober.web.paging.PageResponse;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Families of one municipality: personal data, so coordinators only. The municipality in the path has already
 * been checked and entered by the tenant filter; {@code code} is here for the route and the documentation.
 */
@RestController
@RequestMapping("/api/v1/municipalities/{code}/families")
@PreAuthorize("hasRole('COORDINATOR')")
@Tag(name = "Families", description = "Vraaggezinnen: families that asked for support")
class FamilyController {

    private final FamilyService families;
    private final Timeline timeline;

    FamilyController(FamilyService families, Timeline timeline) {
        this.families = families;
        this.timeline = timeline;
    }

    @PostMapping
    @Operation(summary = "Register a family")
    ResponseEntity<FamilyView> register(
            @PathVariable String code, @Valid @RequestBody NewFamily family, UriComponentsBuilder uri) {
        FamilyView registered = families.register(family);
        return ResponseEntity.created(uri.path("/api/v1/municipalities/{code}/families/{id}")
                        .buildAndExpand(code, registered.id())
                        .toUri())
                .body(registered);
    }

    @GetMapping
    @Operation(summary = "List families, newest registration first; search by name, postcode or city")
    PageResponse<FamilyView> list(
            @PathVariable String code,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) FamilyStatus status,
            @RequestParam(required = false) String coordinator,
            @PageableDefault(size = 20, sort = "registrationDate", direction = Sort.Direction.DESC) Pageable pageable) {
        return PageResponse.of(families.list(new FamilyFilter(q, status, coordinator), pageable));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One family with its children and intakes; its version goes back with an edit")
    FamilyView get(@PathVariable String code, @PathVariable UUID id) {
        return families.get(id);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Edit a family's details (409 when someone else saved first)")
    FamilyView update(@PathVariable String code, @PathVariable UUID id, @Valid @RequestBody FamilyUpdate update) {
        return families.update(id, update);
    }

    @PostMapping("/{id}/children")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a child")
    FamilyView addChild(@PathVariable String code, @PathVariable UUID id, @Valid @RequestBody NewChild child) {
        return families.addChild(id, child);
    }

    @PutMapping("/{id}/children/{childId}")
    @Operation(
            summary = "Correct a child's name, birth date or needs (409 when someone else saved first)",
            description = "`version` is the family's version the edit starts from (the child is part of its family);"
                    + " required since issue 17: a stale one is refused with 409 `stale-version`, and a correction"
                    + " raises the family's version.")
    FamilyView updateChild(
            @PathVariable String code,
            @PathVariable UUID id,
            @PathVariable UUID childId,
            @Valid @RequestBody ChildUpdate child) {
        return families.updateChild(id, childId, child);
    }

    @DeleteMapping("/{id}/children/{childId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a child (409 naming the match (matchId) when the child is part of an open match)")
    void removeChild(@PathVariable String code, @PathVariable UUID id, @PathVariable UUID childId) {
        families.removeChild(id, childId);
    }

    @PostMapping("/{id}/intakes")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record an intake visit (a registered family is then in intake)")
    FamilyView recordIntake(@PathVariable String code, @PathVariable UUID id, @Valid @RequestBody IntakeVisit visit) {
        return families.recordIntake(id, visit);
    }

    @PostMapping("/{id}/status")
    @Operation(
            summary = "Change the state; 409 names the allowed transitions",
            description = "Declining (DECLINED) or withdrawing (WITHDRAWN) needs a `reason` that fits it (400 with a"
                    + " field error on `reason` without one) and takes an optional `explanation`; both are stored, on"
                    + " the timeline and counted in monitoring. A family with an open match cannot leave (409 naming"
                    + " the matchId).")
    FamilyView changeStatus(
            @PathVariable String code, @PathVariable UUID id, @Valid @RequestBody FamilyStatusChange change) {
        return families.changeStatus(id, change);
    }

    @PostMapping("/{id}/reopen")
    @Operation(
            summary = "Reopen a family declined or withdrawn by mistake",
            description = "Back to the status it left (a family that left while matched: the waiting list; unknown:"
                    + " registered); `reason` is required and goes on the timeline. 409 when the family is not"
                    + " declined or withdrawn (see `reopensTo` of the family: null then).")
    FamilyView reopen(@PathVariable String code, @PathVariable UUID id, @Valid @RequestBody FamilyReopening reopening) {
        return families.reopen(id, reopening);
    }

    @PostMapping("/{id}/notes")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a note to the family's timeline")
    void addNote(@PathVariable String code, @PathVariable UUID id, @Valid @RequestBody NewNote note) {
        families.addNote(id, note);
    }

    @GetMapping("/{id}/timeline")
    @Operation(summary = "Everything that happened to the family, newest first")
    PageResponse<TimelineItem> timeline(
            @PathVariable String code, @PathVariable UUID id, @PageableDefault(size = 50) Pageable pageable) {
        families.get(id);
        return PageResponse.of(timeline.ofFamily(id, pageable));
    }
}
