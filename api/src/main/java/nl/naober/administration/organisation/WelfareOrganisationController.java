package nl.naober.administration.organisation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import nl.naober.organisation.WelfareOrganisationDetails;
import nl.naober.organisation.WelfareOrganisationUpdate;
import nl.naober.organisation.WelfareOrganisationView;
import nl.naober.organisation.WelfareOrganisations;
import nl.naober.web.paging.PageResponse;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The welfare organisations of a municipality, for the network admin of its network only: other roles get 403, a
 * municipality of another network 404.
 */
@RestController
@RequestMapping("/api/v1/admin/municipalities/{code}/welfare-organisations")
@PreAuthorize("hasRole('NETWORK_ADMIN')")
@Tag(name = "Admin: welfare organisations", description = "Welzijnsorganisaties of a municipality")
class WelfareOrganisationController {

    private final AdministeredMunicipalities municipalities;
    private final WelfareOrganisations organisations;

    WelfareOrganisationController(AdministeredMunicipalities municipalities, WelfareOrganisations organisations) {
        this.municipalities = municipalities;
        this.organisations = organisations;
    }

    @GetMapping
    @Operation(summary = "List the municipality's welfare organisations by name")
    PageResponse<WelfareOrganisationView> list(
            @PathVariable String code, @PageableDefault(size = 20, sort = "name") Pageable pageable) {
        return PageResponse.of(organisations.list(municipalities.require(code), withTieBreaker(pageable)));
    }

    @PostMapping
    @Operation(summary = "Add a welfare organisation (409 when the municipality already has one with this name)")
    ResponseEntity<WelfareOrganisationView> create(
            @PathVariable String code,
            @Valid @RequestBody WelfareOrganisationDetails details,
            UriComponentsBuilder uri) {
        WelfareOrganisationView created = organisations.create(municipalities.require(code), details);
        return ResponseEntity.created(uri.path("/api/v1/admin/municipalities/{code}/welfare-organisations/{id}")
                        .buildAndExpand(code, created.id())
                        .toUri())
                .body(created);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One welfare organisation; its version goes back with an edit")
    WelfareOrganisationView get(@PathVariable String code, @PathVariable UUID id) {
        return organisations.get(municipalities.require(code), id);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Edit a welfare organisation (409 when someone else saved first or the name is taken)")
    WelfareOrganisationView update(
            @PathVariable String code, @PathVariable UUID id, @Valid @RequestBody WelfareOrganisationUpdate update) {
        return organisations.update(municipalities.require(code), id, update);
    }

    /** Equal names cannot occur, but a stable order across pages should not depend on that. */
    private static Pageable withTieBreaker(Pageable pageable) {
        return PageRequest.of(
                pageable.getPageNumber(),
                pageable.getPageSize(),
                pageable.getSort().and(Sort.by("id")));
    }
}
