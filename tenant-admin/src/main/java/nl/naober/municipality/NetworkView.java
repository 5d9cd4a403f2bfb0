package nl.naober.municipality;

import java.time.Instant;

/** A programme network as the platform operator sees it. */
public record NetworkView(String code, String name, Instant createdAt) {}
