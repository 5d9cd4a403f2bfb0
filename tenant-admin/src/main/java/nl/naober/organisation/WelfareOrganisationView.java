package nl.naober.organisation;

import java.time.Instant;
import java.util.UUID;

/** A welfare organisation as the rest of the platform sees it; {@code version} goes back with an edit. */
public record WelfareOrganisationView(
        UUID id,
        String municipalityCode,
        String name,
        String contactPerson,
        String email,
        String phone,
        String kvkNumber,
        long version,
        Instant createdAt) {}
