package nl.naober.core.family;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A family as shown to its coordinator. */
public record FamilyView(
        UUID id,
        String parentName,
        String contactEmail,
        String postcode,
        int numberOfChildren,
        LocalDate registrationDate,
        FamilyStatus status,
        Instant createdAt) {}
