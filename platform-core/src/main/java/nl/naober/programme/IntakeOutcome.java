package nl.naober.programme;

/** What an intake visit concluded. A support family needs a SUITABLE intake before it can be AVAILABLE. */
public enum IntakeOutcome {
    SUITABLE,
    NOT_SUITABLE,
    FOLLOW_UP
}
