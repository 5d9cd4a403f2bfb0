package nl.naober.administration.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import nl.naober.approval.ApprovalKind;
import nl.naober.approval.PrivacyApprovals;
import nl.naober.audit.AuditView;
import nl.naober.identity.CurrentUser;
import nl.naober.municipality.MunicipalityAdministration;
import nl.naober.municipality.MunicipalityDetails;
import nl.naober.municipality.NewMunicipality;
import nl.naober.security.CurrentUsers;
import nl.naober.web.paging.PageResponse;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The municipalities of the caller's own network: network admins only (everyone else 403). A municipality of
 * another network is 404, the same answer as for one that does not exist. Onboarding runs while the request
 * waits: the row is PROVISIONING (visible to a concurrent list) until it is ACTIVE, or FAILED with the reason.
 */
@RestController
@RequestMapping("/api/v1/admin/municipalities")
@PreAuthorize("hasRole('NETWORK_ADMIN')")
@Tag(name = "Admin: municipalities", description = "Onboarding, suspension and offboarding (network admin)")
class MunicipalityAdminController {

    private final MunicipalityAdministration administration;
    private final MunicipalityExport export;
    private final PrivacyApprovals approvals;

    MunicipalityAdminController(
            MunicipalityAdministration administration, MunicipalityExport export, PrivacyApprovals approvals) {
        this.administration = administration;
        this.export = export;
        this.approvals = approvals;
    }

    @GetMapping
    @Operation(summary = "List the municipalities of my network, with their status")
    PageResponse<MunicipalityDetails> list(@PageableDefault(size = 20, sort = "code") Pageable pageable) {
        return PageResponse.of(administration.list(network(), pageable));
    }

    @GetMapping("/{code}")
    @Operation(summary = "One municipality of my network")
    MunicipalityDetails get(@PathVariable String code) {
        return administration.get(network(), code);
    }

    @PostMapping
    @Operation(
            summary = "Onboard a municipality in my network",
            description = "201 with status ACTIVE, or FAILED with statusReason (then retry or cancel). Taken code,"
                    + " name or CBS code: 409 with rule codes.")
    ResponseEntity<MunicipalityDetails> onboard(
            @Valid @RequestBody AdminRequests.Onboarding onboarding, UriComponentsBuilder uri) {
        MunicipalityDetails created = administration.onboard(
                network(),
                new NewMunicipality(
                        onboarding.code(), onboarding.name(), onboarding.cbsCode(), null, onboarding.programmeStart()));
        return ResponseEntity.created(uri.path("/api/v1/admin/municipalities/{code}")
                        .buildAndExpand(created.code())
                        .toUri())
                .body(created);
    }

    @PostMapping("/{code}/retry")
    @Operation(summary = "Provision a FAILED municipality again (safe to repeat); otherwise 409")
    MunicipalityDetails retry(@PathVariable String code) {
        return administration.retry(network(), code);
    }

    @DeleteMapping("/{code}")
    @Operation(summary = "Cancel a PROVISIONING or FAILED onboarding: no schema and no catalog row remain")
    ResponseEntity<Void> cancel(@PathVariable String code) {
        administration.cancel(network(), code);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{code}/suspend")
    @Operation(
            summary = "Suspend an ACTIVE municipality: no logins, no API access, data kept",
            description = "The body `{\"reason\": \"…\"}` (required, at most 1000 characters) says why; it is kept as"
                    + " the municipality's `statusReason` and in the audit trail until it is reactivated.")
    MunicipalityDetails suspend(@PathVariable String code, @Valid @RequestBody SuspensionRequest request) {
        return administration.suspend(network(), code, request.reason());
    }

    @PostMapping("/{code}/reactivate")
    @Operation(summary = "Serve a SUSPENDED municipality again")
    MunicipalityDetails reactivate(@PathVariable String code) {
        return administration.reactivate(network(), code);
    }

    @PostMapping("/{code}/export")
    @Operation(
            summary = "Offboarding export of a SUSPENDED municipality",
            description = "A zip (application/zip). scope=CATALOG (default): the municipality's catalog data only."
                    + " scope=CASE_DATA: also one JSON file per table of its schema, only with an unused approval of"
                    + " its privacy officer from the last 24 hours (else 409 rule.privacy.approval.export-missing);"
                    + " every family and support family exported is in the municipality's access log before the"
                    + " first byte. A complete export is recorded; removal requires one. Not SUSPENDED: 409.")
    void export(
            @PathVariable String code,
            @RequestParam(defaultValue = "CATALOG") ExportScope scope,
            HttpServletResponse response)
            throws IOException {
        MunicipalityDetails municipality = administration.exportable(network(), code);
        if (scope == ExportScope.CASE_DATA) {
            approvals.use(network(), municipality.code(), ApprovalKind.EXPORT, username());
        }
        response.setContentType("application/zip");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"naober-" + municipality.code() + "-export.zip\"");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        int tables = scope == ExportScope.CASE_DATA
                ? export.writeWithCaseData(municipality, response.getOutputStream())
                : export.writeCatalogOnly(municipality, response.getOutputStream());
        administration.exportMade(network(), municipality.code(), tables);
        response.flushBuffer();
    }

    @DeleteMapping("/{code}/data")
    @Operation(
            summary = "Remove a municipality's data for good",
            description = "Only when SUSPENDED, exported, and confirm equals the code; otherwise 409 with rule codes.")
    ResponseEntity<Void> remove(
            @PathVariable String code,
            @Parameter(description = "the municipality's code again, as a second confirmation")
                    @RequestParam(required = false)
                    String confirm) {
        administration.remove(network(), code, confirm, username());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{code}/audit")
    @Operation(summary = "The administrative actions on a municipality, newest first")
    PageResponse<AuditView> audit(@PathVariable String code, @PageableDefault(size = 20) Pageable pageable) {
        return PageResponse.of(administration.auditTrail(network(), code, pageable));
    }

    private static String username() {
        return CurrentUsers.current()
                .map(CurrentUser::username)
                .orElseThrow(() -> new AccessDeniedException("no user"));
    }

    private static String network() {
        return CurrentUsers.current()
                .map(CurrentUser::network)
                .orElseThrow(() -> new AccessDeniedException("network admin without a network"));
    }
}
