package nl.naober.approval;

/** Where a request stands; EXPIRED is never stored but read off the clock (approved, unused, past its expiry). */
public enum ApprovalStatus {
    REQUESTED,
    APPROVED,
    REFUSED,
    USED,
    EXPIRED
}
