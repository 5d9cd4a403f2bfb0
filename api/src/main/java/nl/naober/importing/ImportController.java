package nl.naober.importing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import nl.naober.programme.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Importing an existing programme: coordinators of the municipality only. A POST starts a dry run (the default) or
 * an import in the background and answers 202 with the job's Location; GET on it shows state, progress, every
 * problem and the summary. See docs/import.md.
 */
@RestController
@RequestMapping("/api/v1/municipalities/{code}/imports")
@PreAuthorize("hasRole('COORDINATOR')")
@Tag(name = "Import", description = "Import of an existing programme from XLSX or CSV")
class ImportController {

    private final ImportJobs jobs;

    ImportController(ImportJobs jobs) {
        this.jobs = jobs;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Start a dry run (dryRun=true, the default) or an import of one .xlsx or several .csv files",
            description = "Answers 202 with the job's Location. The import is all or nothing per file and"
                    + " idempotent: rows imported by an earlier file are counted as already imported and left alone.")
    ResponseEntity<ImportJobView> start(
            @PathVariable String code,
            @RequestParam(defaultValue = "true") boolean dryRun,
            @RequestParam("file") List<MultipartFile> files,
            UriComponentsBuilder uri) {
        ImportJob job = jobs.start(ImportUploads.of(files), dryRun);
        return ResponseEntity.accepted()
                .location(uri.path("/api/v1/municipalities/{code}/imports/{id}")
                        .buildAndExpand(code, job.id())
                        .toUri())
                .body(ImportJobView.of(job));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A job: state, progress (done of total), problems by sheet, row and column, summary")
    ImportJobView get(@PathVariable String code, @PathVariable UUID id) {
        return jobs.find(id).map(ImportJobView::of).orElseThrow(() -> NotFoundException.of("import", id));
    }
}
