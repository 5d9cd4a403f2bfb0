package nl.naober.monitoring;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.naober.family.RegistrationReason;
import nl.naober.family.RegistrationSource;
import nl.naober.matching.CloseReason;
import nl.naober.programme.CalendarMonths;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case figures of the municipality in context for a period ({@link CaseFigures} documents every definition).
 * Nine aggregate queries over the current tenant schema, never a row of personal data: tables are not
 * schema-qualified, the connection is set to the tenant's schema.
 */
@Service
@Transactional(readOnly = true)
public class CaseMonitoring {

    /** The period's bounds, once per query: {@code from_d}, {@code to_d} and {@code end_d = min(to, asOf)}. */
    private static final String PERIOD = """
            p AS (SELECT CAST(:periodFrom AS date) AS from_d, CAST(:periodTo AS date) AS to_d,
                         CAST(:periodEnd AS date) AS end_d)
            """;

    private static final String PER_MONTH = "WITH " + PERIOD + """
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

    private static final String PER_QUARTER = "WITH " + PERIOD + """
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
    private static final String FUNNEL = "WITH " + PERIOD + """
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
    private static final String SUPPLY_AND_DEMAND = "WITH " + PERIOD + """
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

    /** Everything per match in one pass: waiting time, starts, running, closings and day-part days. */
    private static final String MATCHES = "WITH " + PERIOD + """
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
    private static final String SPANS = "WITH " + PERIOD + """
            , s AS (
                SELECT GREATEST(m.trial_start, p.from_d) AS span_from,
                       LEAST(COALESCE(m.ended_on, p.end_d + 1), p.end_d + 1) AS span_until
                  FROM p CROSS JOIN family_match m WHERE m.trial_start IS NOT NULL)
            SELECT span_from, span_until, count(*) AS n FROM s WHERE span_until > span_from
             GROUP BY span_from, span_until
            """;

    /** Trial decisions and signals in the period. */
    private static final String EVALUATIONS_AND_SIGNALS = "WITH " + PERIOD + """
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

    private static final String OUTCOMES = "WITH " + PERIOD + """
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
    private static final String CATEGORIES = "WITH " + PERIOD + """
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

    @PersistenceContext
    private EntityManager entityManager;

    /**
     * The figures of the municipality in context.
     *
     * @param period the period, both ends inclusive
     * @param asOf the day "at the end" is capped to (usually today)
     */
    public CaseFigures figures(MonitoringPeriod period, LocalDate asOf) {
        LocalDate end = period.endAsOf(asOf);
        Bounds bounds = new Bounds(period.from(), period.to(), end);

        Tuple matchRow = rows(MATCHES, bounds).get(0);
        Tuple decisionRow = rows(EVALUATIONS_AND_SIGNALS, bounds).get(0);
        Categories categories = categories(bounds);

        int continued = integer(decisionRow.get("continued"));
        int ended = integer(decisionRow.get("ended"));
        int durationMatches = integer(matchRow.get("duration_n"));
        MatchFigures matches = new MatchFigures(
                integer(matchRow.get("started")),
                continued,
                ended,
                Share.of(continued, continued + ended).percentage(),
                integer(matchRow.get("running")),
                integer(matchRow.get("closings")),
                categories.closeReasons(),
                durationMatches,
                divide(longValue(matchRow.get("duration_days")), durationMatches, 1));
        WaitingTime waitingTime =
                new WaitingTime(matches.started(), days(matchRow.get("wait_median")), days(matchRow.get("wait_p90")));
        long dayPartDays = longValue(matchRow.get("day_part_days"));
        long daysUpToEnd = ChronoUnit.DAYS.between(period.from(), end) + 1;
        DayPartsDelivered dayParts = new DayPartsDelivered(
                divide(dayPartDays, 7, DayPartsDelivered.SCALE),
                daysUpToEnd <= 0 ? null : divide(dayPartDays, daysUpToEnd, DayPartsDelivered.SCALE),
                matchMonths(bounds));
        Escalations escalations = new Escalations(
                integer(decisionRow.get("signals")),
                integer(decisionRow.get("referrals")),
                integer(decisionRow.get("professional_care")));
        Funnels funnels = funnels(bounds);
        Tuple outcomeRow = rows(OUTCOMES, bounds).get(0);

        return new CaseFigures(
                period,
                asOf,
                end,
                perMonth(bounds),
                funnels.all(),
                funnels.bySource(),
                supplyAndDemand(bounds),
                waitingTime,
                matches,
                dayParts,
                outcomeChanges(outcomeRow),
                indicators(outcomeRow),
                escalations,
                categories.reasons(),
                categories.sources(),
                perQuarter(bounds));
    }

    private List<MonthlyRegistrations> perMonth(Bounds bounds) {
        return rows(PER_MONTH, bounds).stream()
                .map(r -> new MonthlyRegistrations(
                        YearMonth.from(date(r.get("month_start"))),
                        integer(r.get("families")),
                        integer(r.get("support_families"))))
                .toList();
    }

    private List<QuarterTrend> perQuarter(Bounds bounds) {
        return rows(PER_QUARTER, bounds).stream()
                .map(r -> {
                    LocalDate start = date(r.get("quarter_start"));
                    return new QuarterTrend(
                            start.getYear(),
                            (start.getMonthValue() - 1) / 3 + 1,
                            integer(r.get("registrations")),
                            integer(r.get("started")),
                            integer(r.get("continued")),
                            integer(r.get("ended")),
                            integer(r.get("closings")));
                })
                .toList();
    }

    private Funnels funnels(Bounds bounds) {
        ReferralFunnel all = ReferralFunnel.empty(null);
        Map<RegistrationSource, ReferralFunnel> bySource = new EnumMap<>(RegistrationSource.class);
        for (Tuple r : rows(FUNNEL, bounds)) {
            boolean overall = integer(r.get("all_sources")) == 1;
            RegistrationSource source = overall ? null : enumValue(RegistrationSource.class, r.get("source"));
            if (!overall && source == null) {
                continue;
            }
            ReferralFunnel row = new ReferralFunnel(
                    source,
                    integer(r.get("registered")),
                    integer(r.get("reached_intake")),
                    integer(r.get("waiting")),
                    integer(r.get("trial")),
                    integer(r.get("continued")),
                    integer(r.get("closed")),
                    days(r.get("days_to_intake")),
                    days(r.get("days_intake_to_trial")),
                    days(r.get("days_trial_to_continued")),
                    days(r.get("days_continued_to_closed")));
            if (overall) {
                all = row;
            } else {
                bySource.put(source, row);
            }
        }
        List<ReferralFunnel> rows = new ArrayList<>();
        for (RegistrationSource source : RegistrationSource.values()) {
            rows.add(bySource.getOrDefault(source, ReferralFunnel.empty(source)));
        }
        return new Funnels(all, List.copyOf(rows));
    }

    /** The calendar months of support delivered, exact (see {@link DayPartsDelivered#matchMonths()}). */
    private BigDecimal matchMonths(Bounds bounds) {
        long parts = 0;
        for (Tuple span : rows(SPANS, bounds)) {
            parts += CalendarMonths.parts(date(span.get("span_from")), date(span.get("span_until")))
                    * longValue(span.get("n"));
        }
        return CalendarMonths.months(parts);
    }

    private SupplyAndDemand supplyAndDemand(Bounds bounds) {
        Tuple r = rows(SUPPLY_AND_DEMAND, bounds).get(0);
        int available = integer(r.get("available"));
        int waiting = integer(r.get("waiting"));
        return new SupplyAndDemand(available, integer(r.get("free_capacity")), waiting, divide(available, waiting, 2));
    }

    private static OutcomeChanges outcomeChanges(Tuple r) {
        return new OutcomeChanges(
                measureChange(r, "strain"),
                measureChange(r, "rest"),
                measureChange(r, "network"),
                measureChange(r, "wellbeing"));
    }

    private static MeasureChange measureChange(Tuple r, String measure) {
        return new MeasureChange(
                integer(r.get(measure + "_n")),
                average(r.get(measure + "_intake")),
                average(r.get(measure + "_closing")),
                average(r.get(measure + "_change")));
    }

    private static YouthCareIndicators indicators(Tuple r) {
        return new YouthCareIndicators(
                Share.of(integer(r.get("dropped_out")), integer(r.get("dropped_out_answered"))),
                Share.of(integer(r.get("goal_reached")), integer(r.get("goal_reached_answered"))),
                Share.of(integer(r.get("no_heavier_care")), integer(r.get("follow_ups"))));
    }

    private Categories categories(Bounds bounds) {
        Map<RegistrationReason, Integer> reasons = zeros(RegistrationReason.class);
        Map<RegistrationSource, Integer> sources = zeros(RegistrationSource.class);
        Map<CloseReason, Integer> closeReasons = zeros(CloseReason.class);
        for (Tuple r : rows(CATEGORIES, bounds)) {
            int n = integer(r.get("n"));
            switch (String.valueOf(r.get("category"))) {
                case "REASON" -> put(reasons, RegistrationReason.class, r.get("name"), n);
                case "SOURCE" -> put(sources, RegistrationSource.class, r.get("name"), n);
                default -> put(closeReasons, CloseReason.class, r.get("name"), n);
            }
        }
        return new Categories(
                Collections.unmodifiableMap(reasons),
                Collections.unmodifiableMap(sources),
                Collections.unmodifiableMap(closeReasons));
    }

    private List<Tuple> rows(String sql, Bounds bounds) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = entityManager
                .createNativeQuery(sql, Tuple.class)
                .setParameter("periodFrom", bounds.from())
                .setParameter("periodTo", bounds.to())
                .setParameter("periodEnd", bounds.end())
                .getResultList();
        return rows;
    }

    private static <E extends Enum<E>> Map<E, Integer> zeros(Class<E> type) {
        Map<E, Integer> counts = new EnumMap<>(type);
        for (E value : type.getEnumConstants()) {
            counts.put(value, 0);
        }
        return counts;
    }

    /** Values the code no longer knows are left out rather than failing the whole report. */
    private static <E extends Enum<E>> void put(Map<E, Integer> counts, Class<E> type, Object name, int n) {
        E value = enumValue(type, name);
        if (value != null) {
            counts.merge(value, n, Integer::sum);
        }
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, Object name) {
        if (name == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, name.toString().trim());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static int integer(Object value) {
        return value == null ? 0 : Math.toIntExact(((Number) value).longValue());
    }

    private static long longValue(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** A percentile in days, 1 decimal. */
    private static BigDecimal days(Object value) {
        return value == null ? null : decimal(value).setScale(1, RoundingMode.HALF_UP);
    }

    /** An average rating, 2 decimals. */
    private static BigDecimal average(Object value) {
        return value == null ? null : decimal(value).setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal decimal(Object value) {
        if (value instanceof BigDecimal exact) {
            return exact;
        }
        if (value instanceof Double || value instanceof Float) {
            return BigDecimal.valueOf(((Number) value).doubleValue());
        }
        return BigDecimal.valueOf(((Number) value).longValue());
    }

    private static BigDecimal divide(long numerator, long denominator, int scale) {
        return denominator == 0
                ? null
                : BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), scale, RoundingMode.HALF_UP);
    }

    private static LocalDate date(Object value) {
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        throw new IllegalStateException("not a date: " + value);
    }

    private record Bounds(LocalDate from, LocalDate to, LocalDate end) {}

    private record Funnels(ReferralFunnel all, List<ReferralFunnel> bySource) {}

    private record Categories(
            Map<RegistrationReason, Integer> reasons,
            Map<RegistrationSource, Integer> sources,
            Map<CloseReason, Integer> closeReasons) {}
}
