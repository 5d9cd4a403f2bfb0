package nl.naober.settings.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import nl.naober.security.AdminScope;
import nl.naober.settings.PublicFormOrigins;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Which web sites may embed the municipality's registration form and call the public registration API (CORS). */
@RestController
@RequestMapping("/api/v1/admin/municipalities/{code}/public-form")
@PreAuthorize("hasRole('NETWORK_ADMIN')")
@Tag(name = "Admin: settings", description = "Programme settings per municipality, defaults per network")
class PublicFormController {

    private final PublicFormOrigins origins;
    private final AdminScope scope;

    PublicFormController(PublicFormOrigins origins, AdminScope scope) {
        this.origins = origins;
        this.scope = scope;
    }

    /** @param origins e.g. {@code https://www.middendrenthe.nl}; scheme, host and port only */
    record PublicForm(@NotNull @Size(max = 10) List<String> origins) {}

    @GetMapping
    @Operation(summary = "The origins allowed to call the public registration API from a browser")
    PublicForm get(@PathVariable String code) {
        return new PublicForm(origins.of(scope.administeredMunicipality(code).code()));
    }

    @PutMapping
    @Operation(summary = "Replace the allowed origins; 409 when one is not an http(s) origin without a path")
    PublicForm change(@PathVariable String code, @Valid @RequestBody PublicForm form) {
        return new PublicForm(
                origins.change(scope.administeredMunicipality(code).code(), form.origins()));
    }
}
