package nl.naober.organisation;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A welfare organisation as the rest of the platform sees it; {@code version} goes back with an edit. */
public record WelfareOrganisationView(
        UUID id,
        String municipalityCode,
        String name,
        @Nullable String contactPerson,
        @Nullable String email,
        @Nullable String phone,
        @Nullable String kvkNumber,
        long version,
        Instant createdAt) {}
