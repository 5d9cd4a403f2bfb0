package nl.naober.core.work;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.naober.core.family.FamilyFilter;
import nl.naober.core.family.FamilyService;
import nl.naober.core.family.FamilyStatus;
import nl.naober.core.family.FamilyView;
import nl.naober.core.matching.MatchSuggestions;
import nl.naober.core.programme.ProgrammeSettings;
import org.springframework.data.domain.PageRequest;
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

    @PersistenceContext
    private EntityManager entityManager;

    MyWorkService(FamilyService families, MatchSuggestions suggestions, ProgrammeSettings settings, Clock clock) {
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
                        PageRequest.of(0, LIST_SIZE, Sort.by("createdAt")))
                .getContent();
        List<FamilyView> waiting = families.list(
                        new FamilyFilter(null, FamilyStatus.WAITING, coordinator),
                        PageRequest.of(0, LIST_SIZE, Sort.by("registrationDate", "parentName")))
                .getContent();
        Map<UUID, Integer> depths = suggestions.candidateDepths(waiting);
        return new MyWork(
                registered,
                waiting.stream()
                        .map(f -> new MyWork.WaitingFamily(
                                f, ChronoUnit.DAYS.between(f.registrationDate(), today), depths.get(f.id())))
                        .toList(),
                matchesDue("TRIAL", "trial_planned_end", today.plusDays(TRIAL_HORIZON_DAYS), coordinator),
                matchesDue("ACTIVE", "next_evaluation_due", today.plusDays(EVALUATION_HORIZON_DAYS), coordinator),
                vogsDue(today, coordinator));
    }

    private List<MyWork.MatchDue> matchesDue(String status, String dateColumn, LocalDate horizon, String coordinator) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = entityManager
                .createNativeQuery(MATCHES_DUE.formatted(dateColumn, LIST_SIZE), Tuple.class)
                .setParameter("status", status)
                .setParameter("horizon", horizon)
                .setParameter("coordinator", coordinator)
                .getResultList();
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

    private List<MyWork.VogDue> vogsDue(LocalDate today, String coordinator) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = entityManager
                .createNativeQuery(VOGS_DUE, Tuple.class)
                .setParameter("adultBornBy", today.minusYears(18))
                .setParameter("turns18By", today.plusDays(VOG_HORIZON_DAYS).minusYears(18))
                .setParameter("validity", settings.vogValidity().toTotalMonths() + " months "
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
