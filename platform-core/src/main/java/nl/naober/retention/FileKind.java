package nl.naober.retention;

/** The two kinds of file that are anonymised as a whole: everything else hangs under one of them. */
public enum FileKind {
    FAMILY,
    SUPPORT_FAMILY
}
