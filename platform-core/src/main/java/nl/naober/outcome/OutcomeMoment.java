package nl.naober.outcome;

/** When the short outcome measure is taken; FOLLOW_UP is 12 months after closing. */
public enum OutcomeMoment {
    INTAKE,
    EVALUATION,
    CLOSING,
    FOLLOW_UP
}
