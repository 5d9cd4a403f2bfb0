package nl.naober.audit;

/**
 * An administrative change to record. {@code before} and {@code after} are short readable summaries
 * ({@code status=ACTIVE}); they never contain a password, hash or one-time code.
 *
 * @param action a stable code such as {@code MUNICIPALITY_ONBOARDED}
 */
public record AuditEvent(
        String action, String networkCode, String municipalityCode, String target, String before, String after) {}
