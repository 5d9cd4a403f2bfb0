package nl.naober.monitoring;

import java.math.BigDecimal;
import nl.naober.family.RegistrationSource;

/**
 * How far the families registered in the period (by {@code registration_date} in {@code [from, to]}) came, counting
 * only steps taken on or before the end of the period ({@code min(to, asOf)}). Each step counts a family once, how
 * many matches it had. Medians are {@code percentile_cont(0.5)} in days, 1 decimal (half up), null when no family
 * made the step.
 *
 * @param source the referral source of this row; null for the row over all sources
 * @param registered families registered in the period
 * @param reachedIntake of those, families with an intake visit ({@code family_intake.visit_date}) on or before the end
 * @param waiting of those, families that reached the waiting list by the end: a match proposed on or before the end,
 *     or a timeline entry to WAITING that happened on or before the end (also when the family withdrew later), or
 *     (records from before that history) current status WAITING, MATCHED or CLOSED entered ({@code
 *     status_changed_on}, else the registration date) on or before the end
 * @param trial of those, families with a match whose {@code trial_start} is on or before the end
 * @param continued of those, families with a match whose {@code active_since} (trial continued) is on or before the end
 * @param closed of those, families with a match that was continued and then ENDED, {@code ended_on} on or before the
 *     end (a trial that was not continued is not a closing here)
 * @param medianDaysToIntake registration date → first intake visit, over the families that reached intake
 * @param medianDaysIntakeToTrial first intake visit → first trial start, over families with both
 * @param medianDaysTrialToContinued trial start → {@code active_since} of the family's first continued match
 * @param medianDaysContinuedToClosed {@code active_since} → {@code ended_on} of the family's first closed match
 */
public record ReferralFunnel(
        RegistrationSource source,
        int registered,
        int reachedIntake,
        int waiting,
        int trial,
        int continued,
        int closed,
        BigDecimal medianDaysToIntake,
        BigDecimal medianDaysIntakeToTrial,
        BigDecimal medianDaysTrialToContinued,
        BigDecimal medianDaysContinuedToClosed) {

    static ReferralFunnel empty(RegistrationSource source) {
        return new ReferralFunnel(source, 0, 0, 0, 0, 0, 0, null, null, null, null);
    }
}
