package nl.naober.privacy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import nl.naober.accesslog.AccessContext;
import nl.naober.retention.ErasureRequestView;
import nl.naober.retention.ErasureRequests;
import nl.naober.retention.FileKind;
import nl.naober.web.paging.PageResponse;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Erasure on request (AVG art. 17): the coordinator files it for a family or support family that has left the
 * programme; the privacy officer approves (the file is anonymised at once) or refuses.
 */
@RestController
@RequestMapping("/api/v1/municipalities/{code}")
@Tag(name = "Erasure", description = "Verzoeken tot verwijdering (AVG art. 17)")
class ErasureController {

    private final ErasureRequests erasures;
    private final AccessContext access;

    ErasureController(ErasureRequests erasures, AccessContext access) {
        this.erasures = erasures;
        this.access = access;
    }

    @PostMapping("/families/{id}/erasure-requests")
    @PreAuthorize("hasRole('COORDINATOR')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Ask the privacy officer to erase a family that has left the programme (409 otherwise)")
    ErasureRequestView requestForFamily(
            @PathVariable String code, @PathVariable UUID id, @Valid @RequestBody ErasureInput input) {
        return erasures.request(FileKind.FAMILY, id, input.ground(), access.current());
    }

    @GetMapping("/families/{id}/erasure-requests")
    @PreAuthorize("hasRole('COORDINATOR')")
    @Operation(summary = "The erasure requests about a family")
    List<ErasureRequestView> aboutFamily(@PathVariable String code, @PathVariable UUID id) {
        return erasures.about(FileKind.FAMILY, id);
    }

    @PostMapping("/support-families/{id}/erasure-requests")
    @PreAuthorize("hasRole('COORDINATOR')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Ask the privacy officer to erase a support family that has stopped (409 otherwise)")
    ErasureRequestView requestForSupportFamily(
            @PathVariable String code, @PathVariable UUID id, @Valid @RequestBody ErasureInput input) {
        return erasures.request(FileKind.SUPPORT_FAMILY, id, input.ground(), access.current());
    }

    @GetMapping("/support-families/{id}/erasure-requests")
    @PreAuthorize("hasRole('COORDINATOR')")
    @Operation(summary = "The erasure requests about a support family")
    List<ErasureRequestView> aboutSupportFamily(@PathVariable String code, @PathVariable UUID id) {
        return erasures.about(FileKind.SUPPORT_FAMILY, id);
    }

    @GetMapping("/erasure-requests")
    @PreAuthorize("hasRole('PRIVACY_OFFICER')")
    @Operation(summary = "All erasure requests of the municipality, newest first")
    PageResponse<ErasureRequestView> all(@PathVariable String code, @PageableDefault(size = 20) Pageable pageable) {
        return PageResponse.of(erasures.all(pageable));
    }

    @PostMapping("/erasure-requests/{id}/approve")
    @PreAuthorize("hasRole('PRIVACY_OFFICER')")
    @Operation(summary = "Approve and erase at once: the file is anonymised as retention does; cannot be undone")
    ErasureRequestView approve(@PathVariable String code, @PathVariable UUID id) {
        return erasures.approve(id, access.current());
    }

    @PostMapping("/erasure-requests/{id}/refuse")
    @PreAuthorize("hasRole('PRIVACY_OFFICER')")
    @Operation(summary = "Refuse the request; the file stays as it is")
    ErasureRequestView refuse(@PathVariable String code, @PathVariable UUID id) {
        return erasures.refuse(id, access.current());
    }
}
