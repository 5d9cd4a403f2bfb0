package nl.naober.monitoring;

/**
 * The NJi/CBS outcome indicators over the closings in the period: every CLOSING outcome measurement with
 * {@code measured_on} in the period. A measurement without an answer to an indicator is not in its denominator.
 *
 * @param dropOut closing measurements with {@code dropped_out} true / those with {@code dropped_out} answered
 * @param goalReachedWithoutHelp closing measurements with {@code goal_reached_without_help} true / those answered
 * @param noHeavierCareWithin12Months for each of those closing measurements, the family's first FOLLOW_UP measurement
 *     after it: {@code heavier_care_needed} false / follow-ups with it answered (closings without a follow-up yet are
 *     not counted)
 */
public record YouthCareIndicators(Share dropOut, Share goalReachedWithoutHelp, Share noHeavierCareWithin12Months) {}
