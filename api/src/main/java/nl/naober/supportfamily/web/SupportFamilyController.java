package nl.naober.supportfamily.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import java.util.UUID;
import nl.naober.programme.IntakeVisit;
import nl.naober.supportfamily.NewHouseholdMember;
import nl.naober.supportfamily.NewSupportFamily;
import nl.naober.supportfamily.SupportFamilyFilter;
import nl.naober.supportfamily.SupportFamilyService;
import nl.naober.supportfamily.SupportFamilyStatus;
import nl.naober.supportfamily.SupportFamilyStatusChange;
import nl.naober.supportfamily.SupportFamilyUpdate;
import nl.naober.supportfamily.SupportFamilyView;
import nl.naober.supportfamily.VogReceipt;
import nl.naober.supportfamily.VogRequest;
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

/** Support families (steungezinnen) of one municipality: screening, VOGs, availability. Coordinators only. */
@RestController
@RequestMapping("/api/v1/municipalities/{code}/support-families")
@PreAuthorize("hasRole('COORDINATOR')")
@Tag(name = "Support families", description = "Steungezinnen: volunteer families")
class SupportFamilyController {

    private final SupportFamilyService supportFamilies;
    private final Timeline timeline;

    SupportFamilyController(SupportFamilyService supportFamilies, Timeline timeline) {
        this.supportFamilies = supportFamilies;
        this.timeline = timeline;
    }

    @PostMapping
    @Operation(summary = "Register a support family")
    ResponseEntity<SupportFamilyView> register(
            @PathVariable String code, @Valid @RequestBody NewSupportFamily supportFamily, UriComponentsBuilder uri) {
        SupportFamilyView registered = supportFamilies.register(supportFamily);
        return ResponseEntity.created(uri.path("/api/v1/municipalities/{code}/support-families/{id}")
                        .buildAndExpand(code, registered.id())
                        .toUri())
                .body(registered);
    }

    @GetMapping
    @Operation(summary = "List support families; search by name, postcode or city")
    PageResponse<SupportFamilyView> list(
            @PathVariable String code,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) SupportFamilyStatus status,
            @PageableDefault(size = 20, sort = "householdName", direction = Sort.Direction.ASC) Pageable pageable) {
        return PageResponse.of(supportFamilies.list(new SupportFamilyFilter(q, status), pageable));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One support family with household, VOGs, intakes and what it still needs to be available")
    SupportFamilyView get(@PathVariable String code, @PathVariable UUID id) {
        return supportFamilies.get(id);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change availability, capacity, ages and experience (409 when someone else saved first)")
    SupportFamilyView update(
            @PathVariable String code, @PathVariable UUID id, @Valid @RequestBody SupportFamilyUpdate update) {
        return supportFamilies.update(id, update);
    }

    @PostMapping("/{id}/members")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a household member")
    SupportFamilyView addMember(
            @PathVariable String code, @PathVariable UUID id, @Valid @RequestBody NewHouseholdMember member) {
        return supportFamilies.addMember(id, member);
    }

    @PostMapping("/{id}/members/{memberId}/vogs")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Request a VOG for a member, or enter one already received (with issuedOn)")
    SupportFamilyView requestVog(
            @PathVariable String code,
            @PathVariable UUID id,
            @PathVariable UUID memberId,
            @Valid @RequestBody VogRequest request) {
        return supportFamilies.requestVog(id, memberId, request);
    }

    /**
     * The REST body of a receipt: as {@link VogReceipt}, with the support family's version required (issue 17).
     *
     * @param receivedOn defaults to today
     */
    record Receipt(
            @PastOrPresent(message = "{vog.date.future}") LocalDate receivedOn,

            @NotNull(message = "{vog.issuedOn.required}") @PastOrPresent(message = "{vog.date.future}")
            LocalDate issuedOn,

            @NotNull(message = "{version.required}") Long version) {}

    @PostMapping("/{id}/members/{memberId}/vogs/{vogId}/received")
    @Operation(
            summary = "A requested VOG arrived, with its issue date (409 when someone else saved first)",
            description = "`version` is the support family's version the receipt starts from; required since issue"
                    + " 17: a stale one is refused with 409 `stale-version`, so a second receipt of one VOG never"
                    + " silently replaces the first one's dates.")
    SupportFamilyView receiveVog(
            @PathVariable String code,
            @PathVariable UUID id,
            @PathVariable UUID memberId,
            @PathVariable UUID vogId,
            @Valid @RequestBody Receipt receipt) {
        return supportFamilies.receiveVog(
                id, memberId, vogId, new VogReceipt(receipt.receivedOn(), receipt.issuedOn(), receipt.version()));
    }

    @PostMapping("/{id}/intakes")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record an intake visit (a registered support family is then in screening)")
    SupportFamilyView recordIntake(
            @PathVariable String code, @PathVariable UUID id, @Valid @RequestBody IntakeVisit visit) {
        return supportFamilies.recordIntake(id, visit);
    }

    @PostMapping("/{id}/status")
    @Operation(summary = "Change the state; AVAILABLE needs a valid VOG for every adult and a suitable intake")
    SupportFamilyView changeStatus(
            @PathVariable String code, @PathVariable UUID id, @Valid @RequestBody SupportFamilyStatusChange change) {
        return supportFamilies.changeStatus(id, change);
    }

    @PostMapping("/{id}/notes")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a note to the support family's timeline")
    void addNote(@PathVariable String code, @PathVariable UUID id, @Valid @RequestBody NewNote note) {
        supportFamilies.addNote(id, note);
    }

    @GetMapping("/{id}/timeline")
    @Operation(summary = "Everything that happened to the support family, newest first")
    PageResponse<TimelineItem> timeline(
            @PathVariable String code, @PathVariable UUID id, @PageableDefault(size = 50) Pageable pageable) {
        supportFamilies.get(id);
        return PageResponse.of(timeline.ofSupportFamily(id, pageable));
    }
}
