package nl.naober.municipality;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A municipality as its network administrator sees it.
 *
 * @param statusReason why provisioning failed (FAILED only)
 * @param exportedAt when the offboarding export was made during the current suspension, else {@code null}
 */
public record MunicipalityDetails(
        String code,
        String name,
        String cbsCode,
        String networkCode,
        MunicipalityStatus status,
        String statusReason,
        String tenantChangelogVersion,
        LocalDate programmeStart,
        Instant createdAt,
        Instant exportedAt) {}
