package nl.naober.monitoring;

/**
 * The native SQL of {@link CaseMonitoring}, part one: registrations per month and per quarter, the referral funnel
 * and supply and demand. Aggregates over the current tenant schema, never a row of personal data; the tables are not
 * schema-qualified (the connection is set to the tenant's schema). Each query takes {@code :periodFrom},
 * {@code :periodTo} and {@code :periodEnd}.
 */
final class CaseQueries {

    /** The period's bounds, once per query: {@code from_d}, {@code to_d} and {@code end_d = min(to, asOf)}. */
    static final String PERIOD = """
            p AS (SELECT CAST(:periodFrom AS date) AS from_d, CAST(:periodTo AS date) AS to_d,
                         CAST(:periodEnd AS date) AS end_d)
            """;

    static final String PER_MONTH = "WITH " + PERIOD + """
            , months AS (
                SELECT CAST(m AS date) AS month_start
                  FROM p, generate_series(date_trunc('month', CAST(p.from_d AS timestamp)),
                                          CAST(p.to_d AS timestamp), INTERVAL '1 month') AS m)
            , families AS (
                -- grouped in one pass, not counted per month: 60 months would scan the table 60 times
                SELECT CAST(date_trunc('month', CAST(f.registration_date AS timestamp)) AS date) AS month_start,
                       count(*) AS n
                  FROM p CROSS JOIN family f WHERE f.registration_date BETWEEN p.from_d AND p.to_d GROUP BY 1)
            , support_families AS (
                -- the day it registered, not the day it was entered (issue 16)
                SELECT CAST(date_trunc('month', CAST(s.registration_date AS timestamp)) AS date) AS month_start,
                       count(*) AS n
                  FROM p CROSS JOIN support_family s
                 WHERE s.registration_date BETWEEN p.from_d AND p.to_d GROUP BY 1)
            SELECT mo.month_start, COALESCE(f.n, 0) AS families, COALESCE(s.n, 0) AS support_families
              FROM months mo
              LEFT JOIN families f ON f.month_start = mo.month_start
              LEFT JOIN support_families s ON s.month_start = mo.month_start
             ORDER BY mo.month_start
            """;

    static final String PER_QUARTER = "WITH " + PERIOD + """
            , quarters AS (
                SELECT CAST(q AS date) AS quarter_start
                  FROM p, generate_series(date_trunc('quarter', CAST(p.from_d AS timestamp)),
                                          CAST(p.to_d AS timestamp), INTERVAL '3 months') AS q)
            , events AS (
                -- one pass per table; each event counts in one column of its quarter
                SELECT f.registration_date AS on_day, 1 AS registrations, 0 AS started, 0 AS continued,
                       0 AS ended, 0 AS closings
                  FROM family f
                UNION ALL
                SELECT m.trial_start, 0, 1, 0, 0, 0 FROM family_match m
                UNION ALL
                SELECT e.held_on, 0, 0, CASE e.decision WHEN 'CONTINUE' THEN 1 ELSE 0 END,
                       CASE e.decision WHEN 'END' THEN 1 ELSE 0 END, 0
                  FROM evaluation e WHERE e.kind = 'TRIAL' AND e.decision IN ('CONTINUE', 'END')
                UNION ALL
                SELECT m.ended_on, 0, 0, 0, 0, 1 FROM family_match m WHERE m.status = 'ENDED')
            , per_quarter AS (
                SELECT CAST(date_trunc('quarter', CAST(ev.on_day AS timestamp)) AS date) AS quarter_start,
                       sum(registrations) AS registrations, sum(started) AS started, sum(continued) AS continued,
                       sum(ended) AS ended, sum(closings) AS closings
                  FROM p CROSS JOIN events ev WHERE ev.on_day BETWEEN p.from_d AND p.to_d GROUP BY 1)
            SELECT qu.quarter_start, COALESCE(pq.registrations, 0) AS registrations,
                   COALESCE(pq.started, 0) AS started, COALESCE(pq.continued, 0) AS continued,
                   COALESCE(pq.ended, 0) AS ended, COALESCE(pq.closings, 0) AS closings
              FROM quarters qu LEFT JOIN per_quarter pq ON pq.quarter_start = qu.quarter_start
             ORDER BY qu.quarter_start
            """;

    /** One row per family registered in the period with the dates of its steps; grouped per source and overall. */
    static final String FUNNEL = "WITH " + PERIOD + """
            , intake AS (
                SELECT fi.family_id, min(fi.visit_date) AS intake_on
                  FROM p CROSS JOIN family_intake fi WHERE fi.visit_date <= p.end_d GROUP BY fi.family_id)
            , matched AS (
                -- one aggregate over the matches per family: first trial, first continued, first closed
                SELECT m.family_id,
                       min(m.trial_start) FILTER (WHERE m.trial_start <= p.end_d) AS trial_start,
                       bool_or(m.proposed_on <= p.end_d) AS proposed,
                       (array_agg(m.trial_start ORDER BY m.active_since, m.trial_start)
                           FILTER (WHERE m.active_since <= p.end_d))[1] AS continued_trial_start,
                       min(m.active_since) FILTER (WHERE m.active_since <= p.end_d) AS active_since,
                       (array_agg(m.active_since ORDER BY m.ended_on, m.active_since)
                           FILTER (WHERE m.status = 'ENDED' AND m.active_since IS NOT NULL
                                 AND m.ended_on <= p.end_d))[1]
                           AS closed_active_since,
                       min(m.ended_on) FILTER (WHERE m.status = 'ENDED' AND m.active_since IS NOT NULL
                                     AND m.ended_on <= p.end_d)
                           AS ended_on
                  FROM p CROSS JOIN family_match m GROUP BY m.family_id)
            , cohort AS (
                SELECT f.source, f.registration_date, i.intake_on,
                       (COALESCE(t.proposed, false)
                        OR EXISTS (SELECT 1 FROM timeline_entry h
                                    WHERE h.family_id = f.id AND h.support_family_id IS NULL
                                      AND h.status = 'WAITING' AND h.happened_on <= p.end_d)
                        OR (f.status IN ('WAITING', 'MATCHED', 'CLOSED')
                            AND COALESCE(f.status_changed_on, f.registration_date) <= p.end_d)) AS waited,
                       t.trial_start, t.continued_trial_start, t.active_since, t.closed_active_since, t.ended_on
                  FROM p CROSS JOIN family f
                  LEFT JOIN intake i ON i.family_id = f.id
                  LEFT JOIN matched t ON t.family_id = f.id
                 WHERE f.registration_date BETWEEN p.from_d AND p.to_d)
            SELECT source, GROUPING(source) AS all_sources,
                   count(*) AS registered,
                   count(intake_on) AS reached_intake,
                   count(*) FILTER (WHERE waited) AS waiting,
                   count(trial_start) AS trial,
                   count(active_since) AS continued,
                   count(ended_on) AS closed,
                   percentile_cont(0.5) WITHIN GROUP (ORDER BY intake_on - registration_date) AS days_to_intake,
                   percentile_cont(0.5) WITHIN GROUP (ORDER BY trial_start - intake_on) AS days_intake_to_trial,
                   percentile_cont(0.5) WITHIN GROUP (ORDER BY active_since - continued_trial_start)
                       AS days_trial_to_continued,
                   percentile_cont(0.5) WITHIN GROUP (ORDER BY ended_on - closed_active_since)
                       AS days_continued_to_closed
              FROM cohort
             GROUP BY GROUPING SETS ((source), ())
            """;

    /**
     * The status of each support family and family at the end: the last status its timeline reached on or before that
     * day ({@code happened_on}, then the time recorded); for a record without such history (entered before it was
     * kept) its current status, when that was entered by the end.
     */
    static final String SUPPLY_AND_DEMAND = "WITH " + PERIOD + """
            , support_family_at_end AS (
                SELECT s.id, s.capacity,
                       COALESCE((SELECT h.status FROM timeline_entry h
                                  WHERE h.support_family_id = s.id AND h.family_id IS NULL AND h.status IS NOT NULL
                                    AND h.happened_on <= p.end_d
                                  ORDER BY h.happened_on DESC, h.occurred_at DESC LIMIT 1),
                                CASE WHEN COALESCE(s.status_changed_on, s.registration_date) <= p.end_d
                                     THEN s.status END) AS status
                  FROM p CROSS JOIN support_family s WHERE s.registration_date <= p.end_d)
            , family_at_end AS (
                SELECT COALESCE((SELECT h.status FROM timeline_entry h
                                  WHERE h.family_id = f.id AND h.support_family_id IS NULL AND h.status IS NOT NULL
                                    AND h.happened_on <= p.end_d
                                  ORDER BY h.happened_on DESC, h.occurred_at DESC LIMIT 1),
                                CASE WHEN COALESCE(f.status_changed_on, f.registration_date) <= p.end_d
                                     THEN f.status END) AS status
                  FROM p CROSS JOIN family f WHERE f.registration_date <= p.end_d)
            , available AS (SELECT a.id, a.capacity FROM support_family_at_end a WHERE a.status = 'AVAILABLE'),
            placed AS (
                SELECT m.support_family_id, sum(m.number_of_children) AS children
                  FROM p CROSS JOIN family_match m
                 WHERE m.proposed_on <= p.end_d
                   AND (m.status IN ('PROPOSED', 'TRIAL', 'ACTIVE') OR m.ended_on > p.end_d)
                 GROUP BY m.support_family_id)
            SELECT (SELECT count(*) FROM available) AS available,
                   (SELECT COALESCE(sum(GREATEST(a.capacity - COALESCE(pl.children, 0), 0)), 0)
                      FROM available a LEFT JOIN placed pl ON pl.support_family_id = a.id) AS free_capacity,
                   (SELECT count(*) FROM family_at_end w WHERE w.status = 'WAITING') AS waiting
            """;

    private CaseQueries() {}
}
