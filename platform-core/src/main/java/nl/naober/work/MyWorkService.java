package nl.naober.work;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import nl.naober.appointment.Appointments;
import nl.naober.family.FamilyFilter;
import nl.naober.family.FamilyService;
import nl.naober.family.FamilyStatus;
import nl.naober.family.FamilyView;
import nl.naober.matching.MatchSuggestions;
import nl.naober.programme.ProgrammeSettings;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds "Mijn werk" for the coordinator (their own cases) or the whole municipality. */
@Service
public class MyWorkService {

    static final int LIST_SIZE = 20;
    static final int TRIAL_HORIZON_DAYS = 14;
    static final int EVALUATION_HORIZON_DAYS = 14;
    static final int VOG_HORIZON_DAYS = 60;

    /**
     * A match is "in its first weeks" from the day its trial started (or, without a trial, the day it became active)
     * through {@value} weeks after, while it is in TRIAL or ACTIVE: the weeks in which practice says a new match needs
     * the coordinator's extra attention.
     */
    public static final int FIRST_WEEKS = 6;

    /**
     * A signal awaits follow-up while its match is open (TRIAL or ACTIVE) and no contact moment or evaluation of that
     * match has been held after the day it was noted.
     */
    private static final String OPEN_SIGNALS = """
            SELECT g.id, m.id, m.family_id, f.parent_name, m.support_family_id, s.household_name, g.noted_on, g.kind
              FROM match_signal g
              JOIN family_match m ON m.id = g.match_id
              JOIN family f ON f.id = m.family_id
              JOIN support_family s ON s.id = m.support_family_id
             WHERE m.status IN ('TRIAL', 'ACTIVE')
               AND NOT EXISTS (SELECT 1 FROM contact_moment c WHERE c.match_id = m.id AND c.held_on > g.noted_on)
               AND NOT EXISTS (SELECT 1 FROM evaluation e WHERE e.match_id = m.id AND e.held_on > g.noted_on)
               AND (CAST(:coordinator AS varchar) IS NULL OR m.coordinator = :coordinator)
             ORDER BY g.noted_on, f.parent_name
             LIMIT 20
            """;

    private static final String FIRST_WEEKS_MATCHES = """
            SELECT m.id, m.family_id, f.parent_name, m.support_family_id, s.household_name,
                   COALESCE(m.trial_start, m.active_since) AS started
              FROM family_match m
              JOIN family f ON f.id = m.family_id
              JOIN support_family s ON s.id = m.support_family_id
             WHERE m.status IN ('TRIAL', 'ACTIVE')
               AND COALESCE(m.trial_start, m.active_since) BETWEEN :since AND :today
               AND (CAST(:coordinator AS varchar) IS NULL OR m.coordinator = :coordinator)
             ORDER BY started DESC, f.parent_name
             LIMIT 20
            """;

    private static final String MATCHES_DUE = """
            SELECT m.id, m.family_id, f.parent_name, m.support_family_id, s.household_name, m.%1$s
              FROM family_match m
              JOIN family f ON f.id = m.family_id
              JOIN support_family s ON s.id = m.support_family_id
             WHERE m.status = :status AND m.%1$s <= :horizon
               AND (CAST(:coordinator AS varchar) IS NULL OR m.coordinator = :coordinator)
             ORDER BY m.%1$s, f.parent_name
             LIMIT %2$d
            """;

    /** Closed matches (not a trial that ended) without the 12-month follow-up measurement yet. */
    private static final String FOLLOW_UPS_DUE = """
            SELECT m.id, m.family_id, f.parent_name, m.support_family_id, s.household_name,
                   CAST(m.ended_on + INTERVAL '12 months' AS date) AS due
              FROM family_match m
              JOIN family f ON f.id = m.family_id
              JOIN support_family s ON s.id = m.support_family_id
             WHERE m.status = 'ENDED' AND m.close_reason <> 'TRIAL_NOT_CONTINUED'
               AND m.ended_on + INTERVAL '12 months' <= :horizon
               AND NOT EXISTS (SELECT 1 FROM outcome_measurement o
                                WHERE o.family_id = m.family_id AND o.moment = 'FOLLOW_UP')
               AND (CAST(:coordinator AS varchar) IS NULL OR m.coordinator = :coordinator)
             ORDER BY due, f.parent_name
             LIMIT 20
            """;

    private static final String VOGS_DUE = """
            SELECT s.id, s.household_name, a.id, a.first_name,
                   CASE WHEN a.birth_date > :adultBornBy THEN CAST(a.birth_date + INTERVAL '18 years' AS date)
                        ELSE CAST(MAX(c.issued_on) + CAST(:validity AS interval) AS date) END AS due,
                   CASE WHEN a.birth_date > :adultBornBy THEN 'TURNS_18'
                        WHEN MAX(c.issued_on) IS NULL THEN 'MISSING' ELSE 'EXPIRES' END AS reason
              FROM household_member a
              JOIN support_family s ON s.id = a.support_family_id
              LEFT JOIN conduct_certificate c ON c.member_id = a.id AND c.issued_on IS NOT NULL
             WHERE s.status <> 'STOPPED'
               AND a.birth_date <= :turns18By
               AND (CAST(:coordinator AS varchar) IS NULL OR s.coordinator = :coordinator)
             GROUP BY s.id, s.household_name, a.id, a.first_name, a.birth_date
            HAVING a.birth_date > :adultBornBy
                OR MAX(c.issued_on) IS NULL
                OR MAX(c.issued_on) + CAST(:validity AS interval) <= :horizon
             ORDER BY due NULLS FIRST, s.household_name
             LIMIT 50
            """;

    private final FamilyService families;
    private final MatchSuggestions suggestions;
    private final ProgrammeSettings settings;
    private final Clock clock;
    private final Appointments appointments;

    @PersistenceContext
    private EntityManager entityManager;

    MyWorkService(
            FamilyService families,
            MatchSuggestions suggestions,
            ProgrammeSettings settings,
            Clock clock,
            Appointments appointments) {
        this.appointments = appointments;
        this.families = families;
        this.suggestions = suggestions;
        this.settings = settings;
        this.clock = clock;
    }

    /** @param coordinator only this coordinator's cases; null for the whole municipality */
    @Transactional(readOnly = true)
    public MyWork overview(String coordinator) {
        LocalDate today = LocalDate.now(clock);
        List<FamilyView> registered = families.list(
                        new FamilyFilter(null, FamilyStatus.REGISTERED, coordinator),
                        PageRequest.of(0, LIST_SIZE, Sort.by("registrationDate", "createdAt")))
                .getContent();
        return new MyWork(
                registered,
                waitingList(coordinator, PageRequest.of(0, LIST_SIZE)).getContent(),
                trialsEnding(coordinator, today.plusDays(TRIAL_HORIZON_DAYS), LIST_SIZE),
                evaluationsDue(coordinator, today.plusDays(EVALUATION_HORIZON_DAYS), LIST_SIZE),
                vogsDue(coordinator, today),
                due(FOLLOW_UPS_DUE, Map.of("horizon", today.plusDays(EVALUATION_HORIZON_DAYS)), coordinator),
                appointments.thisWeek(coordinator),
                openSignals(coordinator),
                due(FIRST_WEEKS_MATCHES, Map.of("since", today.minusWeeks(FIRST_WEEKS), "today", today), coordinator),
                settings.recruitmentThreshold());
    }

    /** Signals awaiting follow-up (see {@link #OPEN_SIGNALS}), oldest first. */
    @Transactional(readOnly = true)
    public List<MyWork.SignalDue> openSignals(String coordinator) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = entityManager
                .createNativeQuery(OPEN_SIGNALS, Tuple.class)
                .setParameter("coordinator", coordinator)
                .getResultList();
        return rows.stream()
                .map(r -> new MyWork.SignalDue(
                        r.get(0, UUID.class),
                        r.get(1, UUID.class),
                        r.get(2, UUID.class),
                        r.get(3, String.class),
                        r.get(4, UUID.class),
                        r.get(5, String.class),
                        r.get(6, LocalDate.class),
                        r.get(7, String.class)))
                .toList();
    }

    /**
     * The waiting list, longest waiting first, each family with its candidate depth: how many available support
     * families fit (practice says a good match needs about five per child), so a coordinator sees where to recruit.
     */
    @Transactional(readOnly = true)
    public Page<MyWork.WaitingFamily> waitingList(String coordinator, Pageable pageable) {
        LocalDate today = LocalDate.now(clock);
        Page<FamilyView> waiting = families.list(
                new FamilyFilter(null, FamilyStatus.WAITING, coordinator),
                PageRequest.of(
                        pageable.getPageNumber(), pageable.getPageSize(), Sort.by("registrationDate", "parentName")));
        Map<UUID, Integer> depths = suggestions.candidateDepths(waiting.getContent());
        return waiting.map(f -> new MyWork.WaitingFamily(
                f, ChronoUnit.DAYS.between(f.registrationDate(), today), Objects.requireNonNull(depths.get(f.id()))));
    }

    /**
     * Trials of the coordinator's matches that end on or before {@code horizon}, overdue ones included; soonest first.
     *
     * @param coordinator only this coordinator's matches; null for the whole municipality
     */
    @Transactional(readOnly = true)
    public List<MyWork.MatchDue> trialsEnding(String coordinator, LocalDate horizon, int limit) {
        return matchesDue("TRIAL", "trial_planned_end", horizon, coordinator, limit);
    }

    /** Periodic evaluations of active matches due on or before {@code horizon}, overdue ones included. */
    @Transactional(readOnly = true)
    public List<MyWork.MatchDue> evaluationsDue(String coordinator, LocalDate horizon, int limit) {
        return matchesDue("ACTIVE", "next_evaluation_due", horizon, coordinator, limit);
    }

    private List<MyWork.MatchDue> matchesDue(
            String status, String dateColumn, LocalDate horizon, String coordinator, int limit) {
        return due(MATCHES_DUE.formatted(dateColumn, limit), Map.of("status", status, "horizon", horizon), coordinator);
    }

    private List<MyWork.MatchDue> due(String sql, Map<String, Object> parameters, String coordinator) {
        jakarta.persistence.Query query =
                entityManager.createNativeQuery(sql, Tuple.class).setParameter("coordinator", coordinator);
        parameters.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Tuple> rows = query.getResultList();
        return rows.stream()
                .map(r -> new MyWork.MatchDue(
                        r.get(0, UUID.class),
                        r.get(1, UUID.class),
                        r.get(2, String.class),
                        r.get(3, UUID.class),
                        r.get(4, String.class),
                        r.get(5, LocalDate.class)))
                .toList();
    }

    /**
     * Certificates of conduct of the coordinator's support families that expire within {@value #VOG_HORIZON_DAYS}
     * days, are missing, or will be needed because a household member turns 18; as of {@code today}.
     */
    @Transactional(readOnly = true)
    public List<MyWork.VogDue> vogsDue(String coordinator, LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = entityManager
                .createNativeQuery(VOGS_DUE, Tuple.class)
                .setParameter("adultBornBy", today.minusYears(18))
                .setParameter("turns18By", today.plusDays(VOG_HORIZON_DAYS).minusYears(18))
                .setParameter(
                        "validity",
                        settings.vogValidity().toTotalMonths() + " months "
                                + settings.vogValidity().getDays() + " days")
                .setParameter("horizon", today.plusDays(VOG_HORIZON_DAYS))
                .setParameter("coordinator", coordinator)
                .getResultList();
        return rows.stream()
                .map(r -> new MyWork.VogDue(
                        r.get(0, UUID.class),
                        r.get(1, String.class),
                        r.get(2, UUID.class),
                        r.get(3, String.class),
                        r.get(4, LocalDate.class),
                        r.get(5, String.class)))
                .toList();
    }
}
