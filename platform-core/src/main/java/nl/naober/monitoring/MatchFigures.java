package nl.naober.monitoring;

import java.math.BigDecimal;
import java.util.Map;
import nl.naober.matching.CloseReason;

/**
 * Matches in the period.
 *
 * @param started matches whose {@code trial_start} is in the period
 * @param trialsContinued TRIAL evaluations held in the period with decision CONTINUE
 * @param trialsEnded TRIAL evaluations held in the period with decision END
 * @param trialsContinuedPercentage {@code 100 × continued / (continued + ended)}, 1 decimal (half up); null when
 *     no trial was evaluated
 * @param runningAtEnd matches in trial or active at the end ({@code min(to, asOf)}): {@code trial_start} on or
 *     before the end and not ended by then (status TRIAL or ACTIVE, or ended after the end)
 * @param closings matches with status ENDED and {@code ended_on} in the period, trials not continued included
 * @param closingsByReason those closings by {@code close_reason}, every reason present (zeros too), in enum order
 * @param durationMatches the closings that had a trial start, over which the duration is averaged
 * @param averageDurationDays the average of {@code ended_on − trial_start} in days over those, 1 decimal (half
 *     up); null when none
 */
public record MatchFigures(
        int started,
        int trialsContinued,
        int trialsEnded,
        BigDecimal trialsContinuedPercentage,
        int runningAtEnd,
        int closings,
        Map<CloseReason, Integer> closingsByReason,
        int durationMatches,
        BigDecimal averageDurationDays) {}
