package nl.naober.budget.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.UUID;
import nl.naober.budget.BudgetLineUpdate;
import nl.naober.budget.BudgetLineView;
import nl.naober.budget.BudgetSummary;
import nl.naober.budget.Budgets;
import nl.naober.budget.ExpenditureView;
import nl.naober.budget.NewBudgetLine;
import nl.naober.budget.NewExpenditure;
import nl.naober.security.AdminScope;
import nl.naober.web.paging.PageResponse;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.format.annotation.DateTimeFormat;
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

/**
 * Budget lines of a municipality. Network admins of its network manage them; the municipality's own coordinators
 * may read them, record expenditures and see the summary, but not change a line.
 */
@RestController
@RequestMapping("/api/v1/admin/municipalities/{code}/budget-lines")
@PreAuthorize("hasRole('NETWORK_ADMIN')")
@Tag(name = "Admin: budgets", description = "Begroting: budget lines, expenditures, remaining, burn rate, forecast")
class BudgetController {

    private static final String ADMIN_OR_COORDINATOR = "hasAnyRole('NETWORK_ADMIN', 'COORDINATOR')";

    private final Budgets budgets;
    private final AdminScope scope;

    BudgetController(Budgets budgets, AdminScope scope) {
        this.budgets = budgets;
        this.scope = scope;
    }

    @PostMapping
    @Operation(summary = "Create a budget line (409 when the categories together exceed the amount)")
    ResponseEntity<BudgetLineView> create(
            @PathVariable String code, @Valid @RequestBody NewBudgetLine line, UriComponentsBuilder uri) {
        BudgetLineView created =
                budgets.create(scope.administeredMunicipality(code).code(), line);
        return ResponseEntity.created(uri.path("/api/v1/admin/municipalities/{code}/budget-lines/{id}")
                        .buildAndExpand(code, created.id())
                        .toUri())
                .body(created);
    }

    @GetMapping
    @PreAuthorize(ADMIN_OR_COORDINATOR)
    @Operation(summary = "The municipality's budget lines, latest period first")
    PageResponse<BudgetLineView> list(
            @PathVariable String code,
            @PageableDefault(size = 20, sort = "periodStart", direction = Sort.Direction.DESC) Pageable pageable) {
        return PageResponse.of(
                budgets.list(scope.administeredOrOwnMunicipality(code).code(), pageable));
    }

    @GetMapping("/{id}")
    @PreAuthorize(ADMIN_OR_COORDINATOR)
    @Operation(summary = "One budget line; its version goes back with an edit")
    BudgetLineView get(@PathVariable String code, @PathVariable UUID id) {
        return budgets.get(scope.administeredOrOwnMunicipality(code).code(), id);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Edit a budget line (409 when someone saved first or expenditures fall outside it)")
    BudgetLineView update(
            @PathVariable String code, @PathVariable UUID id, @Valid @RequestBody BudgetLineUpdate update) {
        return budgets.update(scope.administeredMunicipality(code).code(), id, update);
    }

    @PostMapping("/{id}/expenditures")
    @PreAuthorize(ADMIN_OR_COORDINATOR)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record an expenditure (409 when its date lies outside the line's period)")
    ExpenditureView recordExpenditure(
            @PathVariable String code, @PathVariable UUID id, @Valid @RequestBody NewExpenditure expenditure) {
        return budgets.recordExpenditure(
                scope.administeredOrOwnMunicipality(code).code(), id, expenditure);
    }

    @GetMapping("/{id}/expenditures")
    @PreAuthorize(ADMIN_OR_COORDINATOR)
    @Operation(summary = "The line's expenditures, latest first")
    PageResponse<ExpenditureView> expenditures(
            @PathVariable String code,
            @PathVariable UUID id,
            @PageableDefault(size = 50, sort = "spentOn", direction = Sort.Direction.DESC) Pageable pageable) {
        return PageResponse.of(
                budgets.expenditures(scope.administeredOrOwnMunicipality(code).code(), id, pageable));
    }

    @GetMapping("/{id}/summary")
    @PreAuthorize(ADMIN_OR_COORDINATOR)
    @Operation(
            summary = "Spent, remaining, burn rate per month and forecast at the period's end as of a date (default"
                    + " today), over the line and per category; the rules are in BudgetArithmetic")
    BudgetSummary summary(
            @PathVariable String code,
            @PathVariable UUID id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return budgets.summary(scope.administeredOrOwnMunicipality(code).code(), id, asOf);
    }
}
