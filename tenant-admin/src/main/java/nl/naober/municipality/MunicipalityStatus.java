package nl.naober.municipality;

/** Where a municipality stands on the platform; only ACTIVE ones are served. */
public enum MunicipalityStatus {
    PROVISIONING,
    ACTIVE,
    SUSPENDED,
    FAILED
}
