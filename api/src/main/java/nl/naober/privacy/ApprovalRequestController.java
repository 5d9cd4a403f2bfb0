package nl.naober.privacy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.naober.approval.ApprovalView;
import nl.naober.approval.PrivacyApprovals;
import nl.naober.identity.CurrentUser;
import nl.naober.municipality.MunicipalityAdministration;
import nl.naober.municipality.MunicipalityDetails;
import nl.naober.security.CurrentUsers;
import nl.naober.web.paging.PageResponse;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The network admin's side: ask the municipality's privacy officer to approve an export of its case data or the
 * removal of its data, and follow what became of it. Another network's municipality is 404.
 */
@RestController
@RequestMapping("/api/v1/admin/municipalities/{code}/privacy-approvals")
@PreAuthorize("hasRole('NETWORK_ADMIN')")
@Tag(name = "Admin: privacy approvals", description = "Goedkeuring vragen aan de FG van de gemeente")
class ApprovalRequestController {

    private final PrivacyApprovals approvals;
    private final MunicipalityAdministration administration;

    ApprovalRequestController(PrivacyApprovals approvals, MunicipalityAdministration administration) {
        this.approvals = approvals;
        this.administration = administration;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Ask for approval of an EXPORT of case data or a REMOVAL, with the reason")
    ApprovalView request(@PathVariable String code, @Valid @RequestBody ApprovalRequest request) {
        MunicipalityDetails municipality = administration.get(network(), code);
        return approvals.request(
                municipality.networkCode(),
                municipality.code(),
                request.kind(),
                request.reason(),
                PrivacyApprovalController.username());
    }

    @GetMapping
    @Operation(summary = "The requests for this municipality, newest first")
    PageResponse<ApprovalView> list(@PathVariable String code, @PageableDefault(size = 20) Pageable pageable) {
        return PageResponse.of(
                approvals.list(administration.get(network(), code).code(), pageable));
    }

    private static String network() {
        return CurrentUsers.current()
                .map(CurrentUser::network)
                .orElseThrow(() -> new AccessDeniedException("network admin without a network"));
    }
}
