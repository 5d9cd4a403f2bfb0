package nl.naober.administration.organisation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import nl.naober.account.MunicipalRole;
import nl.naober.account.MunicipalUserView;
import nl.naober.account.MunicipalUsers;
import nl.naober.account.NewMunicipalUser;
import nl.naober.account.NewUserCredentials;
import nl.naober.web.paging.PageResponse;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The coordinators and policy officers of a municipality, for the network admin of its network only. In local
 * mode a new user gets a one-time password, in this answer only.
 */
@RestController
@RequestMapping("/api/v1/admin/municipalities/{code}/users")
@PreAuthorize("hasRole('NETWORK_ADMIN')")
@Tag(name = "Admin: users", description = "Coordinators and policy officers of a municipality")
class MunicipalUserController {

    private final AdministeredMunicipalities municipalities;
    private final MunicipalUsers users;

    MunicipalUserController(AdministeredMunicipalities municipalities, MunicipalUsers users) {
        this.municipalities = municipalities;
        this.users = users;
    }

    /**
     * A user just added. {@code oneTimePassword} is shown this once: hand it to the user. In keycloak mode it is a
     * temporary Keycloak password and Keycloak makes the user choose a new one at first login; in local mode it is
     * stored only as a hash and marked must-change.
     */
    record CreatedUser(
            String username,
            MunicipalRole role,
            UUID welfareOrganisationId,
            String welfareOrganisationName,
            boolean enabled,
            boolean mustChangePassword,
            String email,
            String oneTimePassword) {

        static CreatedUser of(NewUserCredentials credentials) {
            MunicipalUserView user = credentials.user();
            return new CreatedUser(
                    user.username(),
                    user.role(),
                    user.welfareOrganisationId(),
                    user.welfareOrganisationName(),
                    user.enabled(),
                    user.mustChangePassword(),
                    user.email(),
                    credentials.oneTimePassword());
        }

        @Override
        public String toString() {
            return "CreatedUser[" + username + ", " + role + "]";
        }
    }

    @GetMapping
    @Operation(summary = "List the municipality's coordinators and policy officers by username")
    PageResponse<MunicipalUserView> list(
            @PathVariable String code, @PageableDefault(size = 20, sort = "username") Pageable pageable) {
        return PageResponse.of(users.list(municipalities.require(code), pageable));
    }

    @PostMapping
    @Operation(
            summary = "Add a coordinator (with a welfare organisation of this municipality) or a policy officer"
                    + " (without); 409 when the username is taken")
    ResponseEntity<CreatedUser> create(
            @PathVariable String code, @Valid @RequestBody NewMunicipalUser user, UriComponentsBuilder uri) {
        NewUserCredentials created = users.create(municipalities.require(code), user);
        return ResponseEntity.created(uri.path("/api/v1/admin/municipalities/{code}/users/{username}")
                        .buildAndExpand(code, created.user().username())
                        .toUri())
                .body(CreatedUser.of(created));
    }

    @GetMapping("/{username}")
    @Operation(summary = "One coordinator or policy officer of the municipality")
    MunicipalUserView get(@PathVariable String code, @PathVariable String username) {
        return users.get(municipalities.require(code), username);
    }

    @PostMapping("/{username}/deactivate")
    @Operation(summary = "Deactivate a user: from the next request on the user can no longer log in")
    MunicipalUserView deactivate(@PathVariable String code, @PathVariable String username) {
        return users.deactivate(municipalities.require(code), username);
    }

    @PostMapping("/{username}/activate")
    @Operation(summary = "Activate a deactivated user again")
    MunicipalUserView activate(@PathVariable String code, @PathVariable String username) {
        return users.activate(municipalities.require(code), username);
    }
}
