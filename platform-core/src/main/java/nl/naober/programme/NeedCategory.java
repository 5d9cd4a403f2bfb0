package nl.naober.programme;

/**
 * Categories of a child's needs, and of a support family's experience with them. The free text next to them
 * says more; the categories are what matching and monitoring count.
 */
public enum NeedCategory {
    ADHD,
    AUTISM,
    INTELLECTUAL_DISABILITY,
    PHYSICAL_DISABILITY,
    BEHAVIOURAL,
    MEDICAL,
    TRAUMA,
    OTHER
}
