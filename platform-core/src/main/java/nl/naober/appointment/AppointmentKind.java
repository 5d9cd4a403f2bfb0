package nl.naober.appointment;

/** What a planned visit is for; each kind belongs to one sort of file and records one sort of visit. */
public enum AppointmentKind {
    /** Kennismaking (intake visit) at a family: doing it records a family intake. */
    FAMILY_INTAKE,
    /** Kennismaking at a support family: doing it records a support-family intake. */
    SUPPORT_FAMILY_INTAKE,
    /** Evaluation of a match: doing it records an evaluation. */
    MATCH_EVALUATION
}
