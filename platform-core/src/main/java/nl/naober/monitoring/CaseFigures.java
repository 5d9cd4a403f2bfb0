package nl.naober.monitoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.naober.family.RegistrationReason;
import nl.naober.family.RegistrationSource;

/**
 * The case figures of one municipality for a period: counts, days, averages and percentages only. "In the period"
 * means a date in {@code [period.from, period.to]}; "at the end" means on {@code end = min(period.to, asOf)}.
 *
 * @param period the period, both ends inclusive
 * @param asOf the day the figures were computed for
 * @param end {@code min(period.to, asOf)}
 * @param registrationsPerMonth families and support families registered, per calendar month of the period
 * @param funnel the funnel of families registered in the period, all referral sources together ({@code source} null)
 * @param funnelBySource the same per referral source, every source present, in enum order
 * @param supplyAndDemand available support families, free capacity and waiting families at the end
 * @param waitingTime registration → trial start of matches started in the period
 * @param matches matches started, trial decisions, running at the end, closings and their duration
 * @param dayParts day-parts of support delivered in the period
 * @param outcomes change of the outcome measure between intake and closing
 * @param indicators NJi/CBS indicators over the closings in the period
 * @param escalations signals and referrals to professional care in the period
 * @param registrationReasons families registered in the period per reason (a family counts once for each of its
 *     reasons), every reason present, in enum order
 * @param registrationSources families registered in the period per referral source, every source present
 * @param quarters the trend per calendar quarter of the period
 */
public record CaseFigures(
        MonitoringPeriod period,
        LocalDate asOf,
        LocalDate end,
        List<MonthlyRegistrations> registrationsPerMonth,
        ReferralFunnel funnel,
        List<ReferralFunnel> funnelBySource,
        SupplyAndDemand supplyAndDemand,
        WaitingTime waitingTime,
        MatchFigures matches,
        DayPartsDelivered dayParts,
        OutcomeChanges outcomes,
        YouthCareIndicators indicators,
        Escalations escalations,
        Map<RegistrationReason, Integer> registrationReasons,
        Map<RegistrationSource, Integer> registrationSources,
        List<QuarterTrend> quarters) {}
