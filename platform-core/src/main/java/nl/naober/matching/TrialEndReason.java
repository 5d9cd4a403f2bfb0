package nl.naober.matching;

/**
 * Why a trial was not continued (issue 16): asked when a trial evaluation decides END, kept on the match and counted
 * in monitoring. The match's close reason stays {@link CloseReason#TRIAL_NOT_CONTINUED}; this says why.
 */
public enum TrialEndReason {
    /** "Geen klik" between the families. */
    NO_CLICK,
    CHILD_NOT_AT_EASE,
    FAMILY_STOPPED,
    /** The support family stops altogether: it follows as with a closing for {@link CloseReason#SUPPORT_FAMILY_STOPPED}. */
    SUPPORT_FAMILY_STOPPED,
    /** Travel time, day-parts that do not fit. */
    PRACTICAL_REASONS,
    /** The family needs heavier help than a support family can give. */
    NEEDS_MORE_HELP,
    OTHER
}
