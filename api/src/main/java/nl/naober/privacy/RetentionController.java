package nl.naober.privacy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.naober.retention.Retention;
import nl.naober.retention.RetentionPreview;
import nl.naober.retention.RetentionRunView;
import nl.naober.web.paging.PageResponse;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Retention for the privacy officer: what the next run would anonymise (counts only), and the runs so far. */
@RestController
@RequestMapping("/api/v1/municipalities/{code}/retention")
@PreAuthorize("hasRole('PRIVACY_OFFICER')")
@Tag(name = "Retention", description = "Bewaartermijnen: proefdraaien en uitgevoerde ronden")
class RetentionController {

    private final Retention retention;

    RetentionController(Retention retention) {
        this.retention = retention;
    }

    @GetMapping("/preview")
    @Operation(summary = "Dry run: per record type, what a run today would anonymise or delete; no names")
    RetentionPreview preview(@PathVariable String code) {
        return retention.preview();
    }

    @GetMapping("/runs")
    @Operation(summary = "The retention runs in this municipality, newest first")
    PageResponse<RetentionRunView> runs(@PathVariable String code, @PageableDefault(size = 20) Pageable pageable) {
        return PageResponse.of(retention.runs(pageable));
    }
}
