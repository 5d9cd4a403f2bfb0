package nl.naober.api.family;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import nl.naober.api.paging.PageResponse;
import nl.naober.core.family.FamilyService;
import nl.naober.core.family.FamilyView;
import nl.naober.core.family.NewFamily;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
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

    FamilyController(FamilyService families) {
        this.families = families;
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
    @Operation(summary = "List families, newest registration first")
    PageResponse<FamilyView> list(
            @PathVariable String code,
            @PageableDefault(size = 20, sort = "registrationDate", direction = Sort.Direction.DESC) Pageable pageable) {
        return PageResponse.of(families.list(pageable));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One family")
    FamilyView get(@PathVariable String code, @PathVariable UUID id) {
        return families.get(id);
    }
}
