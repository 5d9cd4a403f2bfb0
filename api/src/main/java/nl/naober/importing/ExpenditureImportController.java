package nl.naober.importing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import nl.naober.security.AdminScope;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The network administrator's import of a municipality's expenditures (docs/import.md, "Expenditures"): synchronous,
 * as an expenditures file is small. Another network's municipality is 404, like the rest of the admin API.
 */
@RestController
@RequestMapping("/api/v1/admin/municipalities/{code}/expenditure-imports")
@PreAuthorize("hasRole('NETWORK_ADMIN')")
@Tag(name = "Admin: budgets", description = "Begroting: budget lines, expenditures, remaining, burn rate, forecast")
class ExpenditureImportController {

    private final ExpenditureImports imports;
    private final AdminScope scope;

    ExpenditureImportController(ExpenditureImports imports, AdminScope scope) {
        this.imports = imports;
        this.scope = scope;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Check (dryRun=true, the default) or import the expenditures of one .xlsx (sheet uitgaven) or"
                    + " uitgaven.csv",
            description = "All or nothing per file, idempotent by uitgave_ref: rows an earlier import brought in are"
                    + " counted as already imported and left alone. Answers the problems by sheet, row and column,"
                    + " or what was (for a dry run: would be) added, with the total per category.")
    ExpenditureImportResult run(
            @PathVariable String code,
            @RequestParam(defaultValue = "true") boolean dryRun,
            @RequestParam("file") List<MultipartFile> files) {
        String municipality = scope.administeredMunicipality(code).code();
        return imports.run(municipality, ImportUploads.of(files), dryRun);
    }
}
