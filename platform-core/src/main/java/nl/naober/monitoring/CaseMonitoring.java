package nl.naober.monitoring;

import static nl.naober.monitoring.CaseQueries.FUNNEL;
import static nl.naober.monitoring.CaseQueries.PER_MONTH;
import static nl.naober.monitoring.CaseQueries.PER_QUARTER;
import static nl.naober.monitoring.CaseQueries.SUPPLY_AND_DEMAND;
import static nl.naober.monitoring.MatchQueries.CATEGORIES;
import static nl.naober.monitoring.MatchQueries.EVALUATIONS_AND_SIGNALS;
import static nl.naober.monitoring.MatchQueries.MATCHES;
import static nl.naober.monitoring.MatchQueries.OUTCOMES;
import static nl.naober.monitoring.MatchQueries.SPANS;
import static nl.naober.monitoring.SqlValues.average;
import static nl.naober.monitoring.SqlValues.date;
import static nl.naober.monitoring.SqlValues.days;
import static nl.naober.monitoring.SqlValues.divide;
import static nl.naober.monitoring.SqlValues.enumValue;
import static nl.naober.monitoring.SqlValues.integer;
import static nl.naober.monitoring.SqlValues.longValue;
import static nl.naober.monitoring.SqlValues.put;
import static nl.naober.monitoring.SqlValues.zeros;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
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
 * Nine aggregate queries over the current tenant schema ({@link CaseQueries}, {@link MatchQueries}), never a row of
 * personal data: tables are not schema-qualified, the connection is set to the tenant's schema.
 */
@Service
@Transactional(readOnly = true)
public class CaseMonitoring {

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
        MatchFigures matches = matches(matchRow, decisionRow, categories);
        WaitingTime waitingTime =
                new WaitingTime(matches.started(), days(matchRow.get("wait_median")), days(matchRow.get("wait_p90")));
        DayPartsDelivered dayParts = dayParts(matchRow, period, bounds);
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
                escalations(decisionRow),
                categories.reasons(),
                categories.sources(),
                perQuarter(bounds));
    }

    private static MatchFigures matches(Tuple matchRow, Tuple decisionRow, Categories categories) {
        int continued = integer(decisionRow.get("continued"));
        int ended = integer(decisionRow.get("ended"));
        int durationMatches = integer(matchRow.get("duration_n"));
        return new MatchFigures(
                integer(matchRow.get("started")),
                continued,
                ended,
                Share.of(continued, continued + ended).percentage(),
                integer(matchRow.get("running")),
                integer(matchRow.get("closings")),
                categories.closeReasons(),
                durationMatches,
                divide(longValue(matchRow.get("duration_days")), durationMatches, 1));
    }

    private DayPartsDelivered dayParts(Tuple matchRow, MonitoringPeriod period, Bounds bounds) {
        long dayPartDays = longValue(matchRow.get("day_part_days"));
        long daysUpToEnd = ChronoUnit.DAYS.between(period.from(), bounds.end()) + 1;
        return new DayPartsDelivered(
                divide(dayPartDays, 7, DayPartsDelivered.SCALE),
                daysUpToEnd <= 0 ? null : divide(dayPartDays, daysUpToEnd, DayPartsDelivered.SCALE),
                matchMonths(bounds));
    }

    private static Escalations escalations(Tuple decisionRow) {
        return new Escalations(
                integer(decisionRow.get("signals")),
                integer(decisionRow.get("referrals")),
                integer(decisionRow.get("professional_care")));
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

    private record Bounds(LocalDate from, LocalDate to, LocalDate end) {}

    private record Funnels(ReferralFunnel all, List<ReferralFunnel> bySource) {}

    private record Categories(
            Map<RegistrationReason, Integer> reasons,
            Map<RegistrationSource, Integer> sources,
            Map<CloseReason, Integer> closeReasons) {}
}
