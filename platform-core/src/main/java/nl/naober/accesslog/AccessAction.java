package nl.naober.accesslog;

/** What was done with a record. */
public enum AccessAction {
    /** One record shown. */
    READ,
    /** A record shown as a row of a list. */
    LIST,
    CREATE,
    UPDATE,
    DELETE,
    /** A record taken out of the platform (a download, an export). */
    EXPORT,
    /** A file's personal data removed: by the retention job, or on an approved erasure request. */
    ANONYMISE,
    /** An aggregate query (monitoring) or a search of the access log; the detail says which. */
    QUERY
}
