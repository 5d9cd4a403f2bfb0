package nl.naober.supportfamily;

/** Where a household member's certificate of conduct (VOG) stands today. */
public enum VogStatus {
    NONE,
    REQUESTED,
    VALID,
    EXPIRED
}
