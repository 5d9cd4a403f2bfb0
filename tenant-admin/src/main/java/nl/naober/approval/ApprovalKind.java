package nl.naober.approval;

/** What an approval allows, once. */
public enum ApprovalKind {
    /** An export that includes the municipality's case tables. */
    EXPORT,
    /** Removing the municipality's data for good. */
    REMOVAL
}
