package nl.naober.administration.web;

/** What an offboarding export holds. */
enum ExportScope {
    /** The municipality's catalog data: no family, no support family, no case. */
    CATALOG,
    /** Also every table of its schema; needs its privacy officer's approval. */
    CASE_DATA
}
