package nl.naober.audit;

import org.jspecify.annotations.Nullable;

/**
 * An administrative change to record. {@code before} and {@code after} are short readable summaries
 * ({@code status=ACTIVE}); they never contain a password, hash or one-time code.
 *
 * @param action a stable code such as {@code MUNICIPALITY_ONBOARDED}
 */
public record AuditEvent(
        String action,
        @Nullable String networkCode,
        @Nullable String municipalityCode,
        String target,
        @Nullable String before,
        @Nullable String after) {}
