package nl.naober.administration.organisation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.List;
import nl.naober.account.ApiTokenView;
import nl.naober.account.ApiTokens;
import nl.naober.account.CreatedApiToken;
import nl.naober.account.NewApiToken;
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

/**
 * API tokens of a municipality's coordinators, policy officers and privacy officers (local mode), for the network
 * admin of its network only. A token is shown once, in the answer that creates it; lists show its last four
 * characters. A token acts as its user: call the API with {@code Authorization: Bearer nbr_…}.
 */
@RestController
@RequestMapping("/api/v1/admin/municipalities/{code}/users/{username}/api-tokens")
@PreAuthorize("hasRole('NETWORK_ADMIN')")
@Tag(name = "Admin: API tokens", description = "Personal access tokens of a municipality's users (local mode)")
class ApiTokenController {

    private final AdministeredMunicipalities municipalities;
    private final ApiTokens tokens;

    ApiTokenController(AdministeredMunicipalities municipalities, ApiTokens tokens) {
        this.municipalities = municipalities;
        this.tokens = tokens;
    }

    /** A token just created: {@code token} is in this answer only; Naober keeps its SHA-256. */
    record CreatedToken(
            long id, String name, String username, String hint, Instant createdAt, Instant expiresAt, String token) {

        static CreatedToken of(CreatedApiToken created) {
            ApiTokenView view = created.view();
            return new CreatedToken(
                    view.id(),
                    view.name(),
                    created.username(),
                    view.hint(),
                    view.createdAt(),
                    view.expiresAt(),
                    created.token());
        }

        @Override
        public String toString() {
            return "CreatedToken[" + id + ", " + hint + "]";
        }
    }

    @GetMapping
    @Operation(summary = "The user's API tokens, newest first (never the token; its last four characters)")
    List<ApiTokenView> list(@PathVariable String code, @PathVariable String username) {
        return tokens.list(municipalities.require(code), username);
    }

    @PostMapping
    @Operation(
            summary = "Create an API token for the user; the token is in this answer only. expiresOn: the last day"
                    + " it works, after today and at most a year ahead (default 90 days)")
    ResponseEntity<CreatedToken> create(
            @PathVariable String code,
            @PathVariable String username,
            @Valid @RequestBody NewApiToken request,
            UriComponentsBuilder uri) {
        CreatedApiToken created = tokens.create(municipalities.require(code), username, request);
        return ResponseEntity.created(uri.path("/api/v1/admin/municipalities/{code}/users/{username}/api-tokens")
                        .buildAndExpand(code, username)
                        .toUri())
                .cacheControl(CacheControl.noStore())
                .body(CreatedToken.of(created));
    }

    @PostMapping("/{id}/revoke")
    @Operation(summary = "Revoke an API token: from the next request on it is refused (401)")
    ApiTokenView revoke(@PathVariable String code, @PathVariable String username, @PathVariable long id) {
        return tokens.revoke(municipalities.require(code), username, id);
    }
}
