package nl.naober.matching;

/**
 * How many trials ended in a period for this reason.
 *
 * @param reason null for trials ended before the reason was asked (issue 16)
 */
public record TrialEndReasonCount(TrialEndReason reason, long matches) {}
