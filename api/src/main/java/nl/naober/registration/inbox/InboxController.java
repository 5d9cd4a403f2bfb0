package nl.naober.registration.inbox;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import nl.naober.identity.CurrentUser;
import nl.naober.registration.InboxItem;
import nl.naober.registration.PublicRegistrations;
import nl.naober.security.CurrentUsers;
import nl.naober.web.paging.PageResponse;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The municipality's self-registrations as its coordinators see them: the inbox (not yet taken up, oldest first)
 * or all of them, and taking one up. Registering itself is public: see the public registration API.
 */
@RestController
@RequestMapping("/api/v1/municipalities/{code}/registrations")
@PreAuthorize("hasRole('COORDINATOR')")
@Tag(name = "Inbox", description = "Self-registrations waiting for a coordinator")
class InboxController {

    private final PublicRegistrations registrations;

    InboxController(PublicRegistrations registrations) {
        this.registrations = registrations;
    }

    @GetMapping
    @Operation(summary = "The inbox (waiting=true, oldest first) or every self-registration (newest first), paged")
    PageResponse<InboxItem> list(
            @PathVariable String code,
            @RequestParam(defaultValue = "true") boolean waiting,
            @PageableDefault(size = 20) Pageable pageable) {
        return PageResponse.of(waiting ? registrations.inbox(pageable) : registrations.all(pageable));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One self-registration")
    InboxItem get(@PathVariable String code, @PathVariable UUID id) {
        return registrations.get(id);
    }

    @PostMapping("/{id}/take-up")
    @Operation(
            summary = "Take the registration up: it leaves the inbox and its family or support family becomes the"
                    + " caller's unless someone was responsible already; again is a no-op")
    InboxItem takeUp(@PathVariable String code, @PathVariable UUID id) {
        return registrations.handle(
                id, CurrentUsers.current().map(CurrentUser::username).orElseThrow());
    }
}
