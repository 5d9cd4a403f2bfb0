package nl.naober.core.registration;

import java.time.Instant;
import java.util.UUID;

/**
 * A self-registration in the municipality's inbox.
 *
 * @param familyId the family it became (kind FAMILY), else {@code null}
 * @param supportFamilyId the support family it became (kind SUPPORT_FAMILY), else {@code null}
 * @param handledAt when a coordinator took it up; {@code null} while it waits
 */
public record InboxItem(
        UUID id,
        RegistrationKind kind,
        RegistrationChannel channel,
        String firstName,
        Instant receivedAt,
        UUID familyId,
        UUID supportFamilyId,
        Instant handledAt,
        String handledBy) {}
