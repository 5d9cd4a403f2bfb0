package nl.naober.registration.web;

import java.util.List;
import java.util.Optional;
import nl.naober.account.CoordinatorMailboxes;
import nl.naober.mail.Recipient;
import nl.naober.municipality.MunicipalityRegistry;
import nl.naober.municipality.NetworkCatalog;
import nl.naober.programme.NotFoundException;
import nl.naober.registration.RegistrationDesk;
import nl.naober.web.PublicUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Where a public registration arrives: the municipality and its programme from the catalog, and the {@link
 * RegistrationDesk} the core needs. Read before the tenant transaction starts, as the catalog and the user directory
 * are not part of it.
 */
@Component
class RegistrationDesks {

    /** What the path names when the municipality is unknown or suspended: the same 404 for both. */
    static final String NOT_FOUND = "public-municipality";

    private static final Logger log = LoggerFactory.getLogger(RegistrationDesks.class);

    private final MunicipalityRegistry registry;
    private final NetworkCatalog networks;
    private final CoordinatorMailboxes mailboxes;
    private final RegistrationProperties properties;
    private final String publicUrl;

    RegistrationDesks(
            MunicipalityRegistry registry,
            NetworkCatalog networks,
            CoordinatorMailboxes mailboxes,
            RegistrationProperties properties,
            PublicUrl publicUrl) {
        this.registry = registry;
        this.networks = networks;
        this.mailboxes = mailboxes;
        this.properties = properties;
        this.publicUrl = publicUrl.base();
    }

    /** The municipality while it is served; absent when unknown or suspended. */
    Optional<MunicipalityProgramme> find(String code) {
        return registry.findActiveMunicipality(code)
                .map(m -> new MunicipalityProgramme(
                        m.code(), m.name(), networks.findName(m.networkCode()).orElse(m.networkCode())));
    }

    /** @throws NotFoundException (404) when the municipality is unknown or suspended */
    MunicipalityProgramme require(String code) {
        return find(code).orElseThrow(() -> NotFoundException.of(NOT_FOUND, null));
    }

    RegistrationDesk deskFor(MunicipalityProgramme programme) {
        return new RegistrationDesk(
                programme.code(),
                programme.municipalityName(),
                programme.programmeName(),
                publicUrl,
                properties.consentVersion(),
                properties.replyWithinWorkingDays(),
                coordinators(programme.code()));
    }

    int replyWithinWorkingDays() {
        return properties.replyWithinWorkingDays();
    }

    String consentVersion() {
        return properties.consentVersion();
    }

    /**
     * The coordinators to mail. A directory that does not answer (Keycloak down) must not cost a family its
     * registration: it is stored without those mails and still waits in the coordinators' inbox.
     */
    private List<Recipient> coordinators(String municipalityCode) {
        try {
            return mailboxes.activeCoordinators(municipalityCode);
        } catch (RuntimeException unreachable) {
            log.warn(
                    "Coordinators of {} could not be read; registration stored without mailing them: {}",
                    municipalityCode,
                    unreachable.toString());
            return List.of();
        }
    }
}
