package nl.naober.administration.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.naober.account.NetworkAdministratorCredentials;
import nl.naober.account.NetworkAdministrators;
import nl.naober.municipality.NetworkCatalog;
import nl.naober.municipality.NetworkView;
import nl.naober.web.paging.PageResponse;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** Programme networks and their administrators: the platform operator's work. */
@RestController
@RequestMapping("/api/v1/admin/networks")
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
@Tag(name = "Admin: networks", description = "Programme networks and their administrators (platform admin)")
class NetworkAdminController {

    private final NetworkCatalog networks;
    private final NetworkAdministrators administrators;

    NetworkAdminController(NetworkCatalog networks, NetworkAdministrators administrators) {
        this.networks = networks;
        this.administrators = administrators;
    }

    @GetMapping
    @Operation(summary = "List the networks")
    PageResponse<NetworkView> list(@PageableDefault(size = 20, sort = "code") Pageable pageable) {
        return PageResponse.of(networks.list(pageable));
    }

    @PostMapping
    @Operation(summary = "Create a network; a taken code or name is 409")
    ResponseEntity<NetworkView> create(@Valid @RequestBody AdminRequests.NewNetwork network, UriComponentsBuilder uri) {
        NetworkView created = networks.register(network.code(), network.name());
        return ResponseEntity.created(uri.path("/api/v1/admin/networks/{code}")
                        .buildAndExpand(created.code())
                        .toUri())
                .body(created);
    }

    /**
     * Creates a local network-admin account. The generated one-time password is in this response only: it is
     * stored as a hash and never audited. Forcing its change at first login is not implemented yet.
     */
    @PostMapping("/{code}/administrators")
    @Operation(
            summary = "Create a network administrator with a one-time password",
            description = "The password is returned once, in this response, and stored only as a hash.")
    ResponseEntity<NetworkAdministratorCredentials> createAdministrator(
            @PathVariable String code, @Valid @RequestBody AdminRequests.NewAdministrator administrator) {
        NetworkAdministratorCredentials created = administrators.create(code, administrator.username());
        return ResponseEntity.status(201).cacheControl(CacheControl.noStore()).body(created);
    }
}
