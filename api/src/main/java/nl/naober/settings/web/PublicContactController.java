package nl.naober.settings.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.naober.security.AdminScope;
import nl.naober.settings.PublicContact;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The phone number and e-mail address the municipality's public registration pages show for questions. */
@RestController
@RequestMapping("/api/v1/admin/municipalities/{code}/public-contact")
@PreAuthorize("hasRole('NETWORK_ADMIN')")
@Tag(name = "Admin: settings", description = "Programme settings per municipality, defaults per network")
class PublicContactController {

    private final PublicContact contacts;
    private final AdminScope scope;

    PublicContactController(PublicContact contacts, AdminScope scope) {
        this.contacts = contacts;
        this.scope = scope;
    }

    /**
     * Both are always sent, so that a PUT says what it means: a body without them is refused, not read as "show no
     * contact".
     *
     * @param phone e.g. {@code 0528 123 456}; {@code ""}: not shown
     * @param email e.g. {@code buurtgezinnen@dewolden.nl}; {@code ""}: not shown
     */
    record Contact(
            @NotNull(message = "{public-contact.field.required}") @Size(max = 20)
            String phone,

            @NotNull(message = "{public-contact.field.required}") @Size(max = 254)
            String email) {

        static Contact of(PublicContact.Contact contact) {
            return new Contact(contact.phone(), contact.email());
        }
    }

    @GetMapping
    @Operation(summary = "The contact shown on the public registration pages")
    Contact get(@PathVariable String code) {
        return Contact.of(contacts.of(scope.administeredMunicipality(code).code()));
    }

    @PutMapping
    @Operation(summary = "Replace the contact; 409 when the phone number or e-mail address is not one")
    Contact change(@PathVariable String code, @Valid @RequestBody Contact contact) {
        return Contact.of(contacts.change(
                scope.administeredMunicipality(code).code(),
                new PublicContact.Contact(contact.phone(), contact.email())));
    }
}
