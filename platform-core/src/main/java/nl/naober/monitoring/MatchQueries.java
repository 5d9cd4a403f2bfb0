package nl.naober.monitoring;

/**
 * The native SQL of {@link CaseMonitoring}, part two: matches, their spans of support, trial decisions and signals,
 * outcomes and the categories (reasons, sources, closing reasons). Same parameters as {@link CaseQueries}.
 */
final class MatchQueries {

    /** Everything per match in one pass: waiting time, starts, running, closings and day-part days. */
    static final String MATCHES = "WITH " + CaseQueries.PERIOD + """
            , m AS (
                SELECT m.status, m.trial_start, m.ended_on, f.registration_date,
                       cardinality(string_to_array(m.day_parts, ',')) AS day_parts,
                       m.trial_start BETWEEN p.from_d AND p.to_d AS started,
                       m.status = 'ENDED' AND m.ended_on BETWEEN p.from_d AND p.to_d AS closed,
                       GREATEST(LEAST(COALESCE(m.ended_on, p.end_d + 1), p.end_d + 1)
                                - GREATEST(m.trial_start, p.from_d), 0) AS days_delivered,
                       m.trial_start <= p.end_d
                           AND (m.status IN ('TRIAL', 'ACTIVE') OR m.ended_on > p.end_d) AS running
                  FROM p CROSS JOIN family_match m JOIN family f ON f.id = m.family_id)
            SELECT count(*) FILTER (WHERE started) AS started,
                   percentile_cont(0.5) WITHIN GROUP (ORDER BY trial_start - registration_date)
                       FILTER (WHERE started) AS wait_median,
                   percentile_cont(0.9) WITHIN GROUP (ORDER BY trial_start - registration_date)
                       FILTER (WHERE started) AS wait_p90,
                   count(*) FILTER (WHERE running) AS running,
                   count(*) FILTER (WHERE closed) AS closings,
                   count(*) FILTER (WHERE closed AND trial_start IS NOT NULL) AS duration_n,
                   COALESCE(sum(ended_on - trial_start) FILTER (WHERE closed AND trial_start IS NOT NULL), 0)
                       AS duration_days,
                   COALESCE(sum(days_delivered * day_parts) FILTER (WHERE trial_start IS NOT NULL), 0)
                       AS day_part_days
              FROM m
            """;

    /**
     * The spans of support inside the period (from, until: the day support stopped or the day after the end), one
     * row per distinct span with how many matches had it; the same spans as {@code days_delivered} in MATCHES.
     */
    static final String SPANS = "WITH " + CaseQueries.PERIOD + """
            , s AS (
                SELECT GREATEST(m.trial_start, p.from_d) AS span_from,
                       LEAST(COALESCE(m.ended_on, p.end_d + 1), p.end_d + 1) AS span_until
                  FROM p CROSS JOIN family_match m WHERE m.trial_start IS NOT NULL)
            SELECT span_from, span_until, count(*) AS n FROM s WHERE span_until > span_from
             GROUP BY span_from, span_until
            """;

    /** Trial decisions and signals in the period. */
    static final String EVALUATIONS_AND_SIGNALS = "WITH " + CaseQueries.PERIOD + """
            SELECT (SELECT count(*) FROM evaluation e WHERE e.kind = 'TRIAL' AND e.decision = 'CONTINUE'
                       AND e.held_on BETWEEN p.from_d AND p.to_d) AS continued,
                   (SELECT count(*) FROM evaluation e WHERE e.kind = 'TRIAL' AND e.decision = 'END'
                       AND e.held_on BETWEEN p.from_d AND p.to_d) AS ended,
                   (SELECT count(*) FROM match_signal s WHERE s.noted_on BETWEEN p.from_d AND p.to_d) AS signals,
                   (SELECT count(*) FROM match_signal s WHERE s.noted_on BETWEEN p.from_d AND p.to_d
                       AND s.referral <> 'NONE') AS referrals,
                   (SELECT count(*) FROM match_signal s WHERE s.noted_on BETWEEN p.from_d AND p.to_d
                       AND s.referral = 'PROFESSIONAL_CARE') AS professional_care
              FROM p
            """;

    static final String OUTCOMES = "WITH " + CaseQueries.PERIOD + """
            , closing AS (
                SELECT o.id, o.family_id, o.measured_on, o.parenting_strain, o.family_rest, o.own_network,
                       o.child_wellbeing, o.dropped_out, o.goal_reached_without_help
                  FROM p CROSS JOIN outcome_measurement o
                 WHERE o.moment = 'CLOSING' AND o.measured_on BETWEEN p.from_d AND p.to_d),
            first_intake AS (
                -- the earliest intake is the earliest one before the closing, or there is none before it
                SELECT DISTINCT ON (o.family_id) o.* FROM outcome_measurement o
                 WHERE o.moment = 'INTAKE' ORDER BY o.family_id, o.measured_on, o.id),
            pairs AS (
                SELECT i.parenting_strain AS strain0, c.parenting_strain AS strain1,
                       i.family_rest AS rest0, c.family_rest AS rest1,
                       i.own_network AS network0, c.own_network AS network1,
                       i.child_wellbeing AS wellbeing0, c.child_wellbeing AS wellbeing1
                  FROM (SELECT DISTINCT ON (family_id) * FROM closing
                         ORDER BY family_id, measured_on DESC, id) c
                  JOIN first_intake i ON i.family_id = c.family_id AND i.measured_on <= c.measured_on),
            changes AS (
                SELECT count(*) FILTER (WHERE strain0 IS NOT NULL AND strain1 IS NOT NULL) AS strain_n,
                       avg(strain0) FILTER (WHERE strain1 IS NOT NULL) AS strain_intake,
                       avg(strain1) FILTER (WHERE strain0 IS NOT NULL) AS strain_closing,
                       avg(strain1 - strain0) AS strain_change,
                       count(*) FILTER (WHERE rest0 IS NOT NULL AND rest1 IS NOT NULL) AS rest_n,
                       avg(rest0) FILTER (WHERE rest1 IS NOT NULL) AS rest_intake,
                       avg(rest1) FILTER (WHERE rest0 IS NOT NULL) AS rest_closing,
                       avg(rest1 - rest0) AS rest_change,
                       count(*) FILTER (WHERE network0 IS NOT NULL AND network1 IS NOT NULL) AS network_n,
                       avg(network0) FILTER (WHERE network1 IS NOT NULL) AS network_intake,
                       avg(network1) FILTER (WHERE network0 IS NOT NULL) AS network_closing,
                       avg(network1 - network0) AS network_change,
                       count(*) FILTER (WHERE wellbeing0 IS NOT NULL AND wellbeing1 IS NOT NULL) AS wellbeing_n,
                       avg(wellbeing0) FILTER (WHERE wellbeing1 IS NOT NULL) AS wellbeing_intake,
                       avg(wellbeing1) FILTER (WHERE wellbeing0 IS NOT NULL) AS wellbeing_closing,
                       avg(wellbeing1 - wellbeing0) AS wellbeing_change
                  FROM pairs),
            first_follow_up AS (
                SELECT DISTINCT ON (c.id) c.id, fu.heavier_care_needed
                  FROM closing c JOIN outcome_measurement fu
                    ON fu.family_id = c.family_id AND fu.moment = 'FOLLOW_UP' AND fu.measured_on > c.measured_on
                 ORDER BY c.id, fu.measured_on, fu.id),
            indicators AS (
                SELECT count(*) FILTER (WHERE c.dropped_out) AS dropped_out,
                       count(c.dropped_out) AS dropped_out_answered,
                       count(*) FILTER (WHERE c.goal_reached_without_help) AS goal_reached,
                       count(c.goal_reached_without_help) AS goal_reached_answered,
                       count(*) FILTER (WHERE NOT fu.heavier_care_needed) AS no_heavier_care,
                       count(fu.heavier_care_needed) AS follow_ups
                  FROM closing c LEFT JOIN first_follow_up fu ON fu.id = c.id)
            SELECT * FROM changes CROSS JOIN indicators
            """;

    /** Reasons and sources of the families registered in the period, and closing reasons. */
    static final String CATEGORIES = "WITH " + CaseQueries.PERIOD + """
            , registered AS (
                SELECT f.id, f.source, f.reasons FROM p CROSS JOIN family f
                 WHERE f.registration_date BETWEEN p.from_d AND p.to_d)
            , family_reasons AS (
                SELECT DISTINCT g.id, r.reason
                  FROM registered g CROSS JOIN unnest(string_to_array(g.reasons, ',')) AS r(reason))
            SELECT 'REASON' AS category, fr.reason AS name, count(*) AS n FROM family_reasons fr GROUP BY fr.reason
            UNION ALL
            SELECT 'SOURCE', g.source, count(*) FROM registered g GROUP BY g.source
            UNION ALL
            SELECT 'CLOSE_REASON', m.close_reason, count(*)
              FROM p CROSS JOIN family_match m
             WHERE m.status = 'ENDED' AND m.ended_on BETWEEN p.from_d AND p.to_d AND m.close_reason IS NOT NULL
             GROUP BY m.close_reason
            """;

    private MatchQueries() {}
}
