package nl.naober.privacy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import nl.naober.approval.ApprovalView;
import nl.naober.approval.PrivacyApprovals;
import nl.naober.identity.CurrentUser;
import nl.naober.municipality.MunicipalityRegistry;
import nl.naober.municipality.MunicipalitySummary;
import nl.naober.programme.NotFoundException;
import nl.naober.security.CurrentUsers;
import nl.naober.web.paging.PageResponse;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The privacy officer's side of approvals: the requests of the own municipality (the tenant filter has checked the
 * code against the caller), approve or refuse. An approval allows one export or removal within 24 hours.
 */
@RestController
@RequestMapping("/api/v1/municipalities/{code}/privacy-approvals")
@PreAuthorize("hasRole('PRIVACY_OFFICER')")
@Tag(name = "Privacy approvals", description = "Goedkeuring van exports en verwijderingen door de FG")
class PrivacyApprovalController {

    private final PrivacyApprovals approvals;
    private final MunicipalityRegistry registry;

    PrivacyApprovalController(PrivacyApprovals approvals, MunicipalityRegistry registry) {
        this.approvals = approvals;
        this.registry = registry;
    }

    @GetMapping
    @Operation(summary = "Requests for approval, newest first, with what became of them (used, expired)")
    PageResponse<ApprovalView> list(@PathVariable String code, @PageableDefault(size = 20) Pageable pageable) {
        return PageResponse.of(approvals.list(code, pageable));
    }

    @PostMapping("/{id}/approve")
    @Operation(summary = "Approve: allows one use within 24 hours (409 when already decided)")
    ApprovalView approve(
            @PathVariable String code,
            @PathVariable UUID id,
            @Valid @RequestBody(required = false) ApprovalDecision d) {
        return approvals.decide(network(code), code, id, true, d == null ? null : d.note(), username());
    }

    @PostMapping("/{id}/refuse")
    @Operation(summary = "Refuse (409 when already decided)")
    ApprovalView refuse(
            @PathVariable String code,
            @PathVariable UUID id,
            @Valid @RequestBody(required = false) ApprovalDecision d) {
        return approvals.decide(network(code), code, id, false, d == null ? null : d.note(), username());
    }

    private String network(String code) {
        return registry.findActiveMunicipality(code)
                .map(MunicipalitySummary::networkCode)
                .orElseThrow(() -> NotFoundException.of("municipality", null));
    }

    static String username() {
        return CurrentUsers.current().map(CurrentUser::username).orElseThrow();
    }
}
