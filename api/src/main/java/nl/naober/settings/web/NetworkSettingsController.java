package nl.naober.settings.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.naober.security.AdminScope;
import nl.naober.settings.NetworkSettingsView;
import nl.naober.settings.ProgrammeSettingsCatalog;
import nl.naober.settings.SettingsUpdate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A network's default programme settings: that network's admins only. */
@RestController
@RequestMapping("/api/v1/admin/networks/{code}/settings")
@PreAuthorize("hasRole('NETWORK_ADMIN')")
@Tag(name = "Admin: settings", description = "Programme settings per municipality, defaults per network")
class NetworkSettingsController {

    private final ProgrammeSettingsCatalog settings;
    private final AdminScope scope;

    NetworkSettingsController(ProgrammeSettingsCatalog settings, AdminScope scope) {
        this.settings = settings;
        this.scope = scope;
    }

    @GetMapping
    @Operation(summary = "The network's defaults (the platform's while it stored none)")
    NetworkSettingsView get(@PathVariable String code) {
        return settings.network(scope.administeredNetwork(code));
    }

    @PutMapping
    @Operation(
            summary = "Replace the network's defaults (null: the platform default); applies to every municipality"
                    + " without its own value from now on; 409 when someone saved first")
    NetworkSettingsView change(@PathVariable String code, @Valid @RequestBody SettingsUpdate update) {
        return settings.changeNetwork(scope.administeredNetwork(code), update);
    }
}
