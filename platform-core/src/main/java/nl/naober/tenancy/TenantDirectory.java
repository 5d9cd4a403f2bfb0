package nl.naober.tenancy;

import java.util.Optional;

/**
 * Answers which municipalities exist and may be served. The catalog (tenant-admin) implements it with an
 * in-memory registry, so a lookup costs no query.
 */
public interface TenantDirectory {

    /** The active tenant with this code, or empty for an unknown, invalid or suspended code. */
    Optional<Tenant> findActive(String code);
}
