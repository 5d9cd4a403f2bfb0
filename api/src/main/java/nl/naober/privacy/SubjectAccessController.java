package nl.naober.privacy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import nl.naober.family.FamilyView;
import nl.naober.supportfamily.SupportFamilyView;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The right of access (AVG art. 15, 20) as JSON, for the coordinator who answers the family's request. */
@RestController
@RequestMapping("/api/v1/municipalities/{code}")
@PreAuthorize("hasRole('COORDINATOR')")
@Tag(name = "Subject access", description = "Inzageverzoek: alles wat over een gezin of steungezin is vastgelegd")
class SubjectAccessController {

    private final SubjectAccess subjectAccess;

    SubjectAccessController(SubjectAccess subjectAccess) {
        this.subjectAccess = subjectAccess;
    }

    @GetMapping("/families/{id}/subject-access")
    @Operation(summary = "Everything held about a family, its access-log lines included; logged as an export")
    SubjectAccessReport<FamilyView> family(@PathVariable String code, @PathVariable UUID id) {
        return subjectAccess.family(id);
    }

    @GetMapping("/support-families/{id}/subject-access")
    @Operation(summary = "Everything held about a support family, its access-log lines included; logged as an export")
    SubjectAccessReport<SupportFamilyView> supportFamily(@PathVariable String code, @PathVariable UUID id) {
        return subjectAccess.supportFamily(id);
    }
}
