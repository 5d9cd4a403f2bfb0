package nl.naober.monitoring;

/**
 * The trend per calendar quarter that overlaps the period, counting only the days inside the period. Definitions as
 * in {@link MatchFigures} and {@link ReferralFunnel}.
 *
 * @param year the calendar year
 * @param quarter 1 to 4
 * @param registrations families by {@code registration_date}
 * @param matchesStarted matches by {@code trial_start}
 * @param trialsContinued TRIAL evaluations with decision CONTINUE, by {@code held_on}
 * @param trialsEnded TRIAL evaluations with decision END, by {@code held_on}
 * @param closings ENDED matches by {@code ended_on}, trials not continued included
 */
public record QuarterTrend(
        int year,
        int quarter,
        int registrations,
        int matchesStarted,
        int trialsContinued,
        int trialsEnded,
        int closings) {}
