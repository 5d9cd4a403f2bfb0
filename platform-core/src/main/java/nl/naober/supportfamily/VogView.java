package nl.naober.supportfamily;

import java.time.LocalDate;
import java.util.UUID;

/** A certificate of conduct as shown; {@code validUntil} follows from the issue date and the municipality's setting. */
public record VogView(
        UUID id,
        LocalDate requestedOn,
        LocalDate receivedOn,
        LocalDate issuedOn,
        LocalDate validUntil,
        VogStatus status) {}
