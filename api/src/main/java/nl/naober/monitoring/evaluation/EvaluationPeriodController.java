package nl.naober.monitoring.evaluation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import nl.naober.evaluation.EvaluationPeriodUpdate;
import nl.naober.evaluation.EvaluationPeriodView;
import nl.naober.evaluation.EvaluationPeriods;
import nl.naober.evaluation.NewEvaluationPeriod;
import nl.naober.monitoring.web.EvaluationReports;
import nl.naober.security.AdminScope;
import nl.naober.web.paging.PageResponse;
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

/** Evaluation periods of a municipality: network admins of its network only. */
@RestController
@RequestMapping("/api/v1/admin/municipalities/{code}/evaluation-periods")
@PreAuthorize("hasRole('NETWORK_ADMIN')")
@Tag(name = "Admin: evaluation periods", description = "Evaluatieperiodes: funded periods evaluated at a set date")
class EvaluationPeriodController {

    private final EvaluationPeriods periods;
    private final AdminScope scope;
    private final EvaluationReports reports;

    EvaluationPeriodController(EvaluationPeriods periods, AdminScope scope, EvaluationReports reports) {
        this.reports = reports;
        this.periods = periods;
        this.scope = scope;
    }

    @PostMapping
    @Operation(summary = "Create a period (409 when end < start or the evaluation date < end)")
    ResponseEntity<EvaluationPeriodView> create(
            @PathVariable String code, @Valid @RequestBody NewEvaluationPeriod period, UriComponentsBuilder uri) {
        EvaluationPeriodView created =
                periods.create(scope.administeredMunicipality(code).code(), period);
        return ResponseEntity.created(uri.path("/api/v1/admin/municipalities/{code}/evaluation-periods/{id}")
                        .buildAndExpand(code, created.id())
                        .toUri())
                .body(created);
    }

    @GetMapping
    @Operation(summary = "The municipality's periods, latest start first")
    PageResponse<EvaluationPeriodView> list(
            @PathVariable String code,
            @PageableDefault(size = 20, sort = "start", direction = Sort.Direction.DESC) Pageable pageable) {
        return PageResponse.of(periods.list(scope.administeredMunicipality(code).code(), pageable));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One period")
    EvaluationPeriodView get(@PathVariable String code, @PathVariable UUID id) {
        return periods.get(scope.administeredMunicipality(code).code(), id);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Edit a period (409 when closed or when someone saved first)")
    EvaluationPeriodView update(
            @PathVariable String code, @PathVariable UUID id, @Valid @RequestBody EvaluationPeriodUpdate update) {
        return periods.update(scope.administeredMunicipality(code).code(), id, update);
    }

    @PostMapping("/{id}/close")
    @Operation(
            summary = "Close the period (closedAt, closedBy) and freeze its report's figures; it cannot be edited"
                    + " afterwards")
    EvaluationPeriodView close(@PathVariable String code, @PathVariable UUID id) {
        return reports.close(scope.administeredMunicipality(code), id);
    }
}
