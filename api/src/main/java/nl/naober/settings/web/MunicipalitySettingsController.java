package nl.naober.settings.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.naober.security.AdminScope;
import nl.naober.settings.MunicipalitySettingsView;
import nl.naober.settings.ProgrammeSettingsCatalog;
import nl.naober.settings.SettingsUpdate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A municipality's programme settings: network admins of its network only. */
@RestController
@RequestMapping("/api/v1/admin/municipalities/{code}/settings")
@PreAuthorize("hasRole('NETWORK_ADMIN')")
@Tag(name = "Admin: settings", description = "Programme settings per municipality, defaults per network")
class MunicipalitySettingsController {

    private final ProgrammeSettingsCatalog settings;
    private final AdminScope scope;

    MunicipalitySettingsController(ProgrammeSettingsCatalog settings, AdminScope scope) {
        this.settings = settings;
        this.scope = scope;
    }

    @GetMapping
    @Operation(summary = "Effective settings, the municipality's own values and which come from the network")
    MunicipalitySettingsView get(@PathVariable String code) {
        return settings.municipality(scope.administeredMunicipality(code).code());
    }

    @PutMapping
    @Operation(
            summary = "Replace the municipality's own values (null: the network's); applies to case work from now"
                    + " on; 409 when someone saved first")
    MunicipalitySettingsView change(@PathVariable String code, @Valid @RequestBody SettingsUpdate update) {
        return settings.changeMunicipality(scope.administeredMunicipality(code).code(), update);
    }
}
