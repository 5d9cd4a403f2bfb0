package nl.naober.matching;

/** Why a match ended. TRIAL_NOT_CONTINUED is set by a trial evaluation that decides to end. */
public enum CloseReason {
    GOAL_REACHED,
    FAMILY_MOVED,
    MISMATCH,
    SUPPORT_FAMILY_STOPPED,
    ESCALATED_TO_YOUTH_CARE,
    TRIAL_NOT_CONTINUED,
    OTHER
}
