package nl.naober.accesslog;

import org.jspecify.annotations.Nullable;

/**
 * Who is at work, as the log records it.
 *
 * @param role a Naober role name, {@code PUBLIC} for a public registration, {@code SYSTEM} for jobs
 * @param requestId the request's id, {@code null} outside a request
 * @param clientAddress the caller's address, {@code null} outside a request
 */
public record Accessor(
        String username,
        String role,
        @Nullable String requestId,
        @Nullable String clientAddress) {

    public static final Accessor SYSTEM = new Accessor("systeem", "SYSTEM", null, null);
}
