package nl.naober.municipality;

/** A municipality as other modules see it; no entity leaves this package. */
public record MunicipalitySummary(
        String code,
        String name,
        String cbsCode,
        String networkCode,
        MunicipalityStatus status,
        String statusReason,
        String tenantChangelogVersion) {}
