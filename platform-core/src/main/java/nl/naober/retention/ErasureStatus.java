package nl.naober.retention;

/** {@code REQUESTED → EXECUTED} (approved and anonymised at once) or {@code REQUESTED → REFUSED}. */
public enum ErasureStatus {
    REQUESTED,
    EXECUTED,
    REFUSED
}
