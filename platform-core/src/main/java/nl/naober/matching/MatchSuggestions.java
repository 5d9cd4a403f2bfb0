package nl.naober.matching;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import nl.naober.family.FamilyService;
import nl.naober.family.FamilyView;
import nl.naober.matching.suggestion.Candidate;
import nl.naober.matching.suggestion.ChildNeeds;
import nl.naober.matching.suggestion.FamilyNeeds;
import nl.naober.matching.suggestion.MatchSuggester;
import nl.naober.matching.suggestion.Suggestion;
import nl.naober.matching.suggestion.SuggestionReport;
import nl.naober.programme.EnumSetConverter;
import nl.naober.programme.ProgrammeSettings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ranked, explained support families for a family ({@link MatchSuggester} documents the score), and the candidate
 * depth of waiting families. All AVAILABLE and PAUSED support families are read in one query with their load and VOG
 * state, so a suggestion among thousands costs one round trip; the paused ones are only counted among the reasons
 * why none fits ({@link MatchSuggester#report}).
 */
@Service
public class MatchSuggestions {

    /** The support families a proposal could go to, with what the score needs. */
    private static final String CANDIDATES = """
            SELECT sf.id, sf.household_name, sf.available_day_parts, sf.capacity, sf.min_age, sf.max_age,
                   sf.experience, sf.latitude, sf.longitude,
                   COALESCE(placed.children, 0) AS load,
                   COALESCE(adults.all_valid, false) AS vog_valid,
                   sf.status <> 'AVAILABLE' AS paused
              FROM support_family sf
              LEFT JOIN (SELECT support_family_id, SUM(number_of_children) AS children
                           FROM family_match WHERE status IN ('PROPOSED', 'TRIAL', 'ACTIVE')
                          GROUP BY support_family_id) placed ON placed.support_family_id = sf.id
              LEFT JOIN (SELECT a.support_family_id, bool_and(COALESCE(vog.valid, false)) AS all_valid
                           FROM household_member a
                           LEFT JOIN (SELECT member_id, bool_or(issued_on > :issuedAfter) AS valid
                                        FROM conduct_certificate GROUP BY member_id) vog ON vog.member_id = a.id
                          WHERE a.birth_date <= :adultBornBy
                          GROUP BY a.support_family_id) adults ON adults.support_family_id = sf.id
             WHERE sf.status IN ('AVAILABLE', 'PAUSED')
            """;

    private static final EnumSetConverter.DayParts DAY_PARTS = new EnumSetConverter.DayParts();
    private static final EnumSetConverter.Needs NEEDS = new EnumSetConverter.Needs();

    private final FamilyService families;
    private final ProgrammeSettings settings;
    private final MatchSuggester suggester = new MatchSuggester();
    private final Clock clock;

    @PersistenceContext
    private EntityManager entityManager;

    MatchSuggestions(FamilyService families, ProgrammeSettings settings, Clock clock) {
        this.families = families;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Suggestion> suggest(UUID familyId, int limit) {
        return suggester.rank(needsOf(families.get(familyId)), candidates(), limit);
    }

    /**
     * Suggestions for some of the family's children, with per reason how many support families were left out.
     *
     * @param childIds the children the request is for; empty for all of them. Ids that are not the family's
     *     children are ignored
     */
    @Transactional(readOnly = true)
    public SuggestionReport report(UUID familyId, Collection<UUID> childIds, int limit) {
        return suggester.report(needsOf(families.get(familyId), childIds), candidates(), limit);
    }

    /** How many support families fit each of these families (practice: about five per child for a good match). */
    @Transactional(readOnly = true)
    public java.util.Map<UUID, Integer> candidateDepths(List<FamilyView> waiting) {
        List<Candidate> candidates = candidates();
        java.util.Map<UUID, Integer> depths = new java.util.LinkedHashMap<>();
        for (FamilyView family : waiting) {
            depths.put(family.id(), suggester.candidateDepth(needsOf(family), candidates));
        }
        return depths;
    }

    static FamilyNeeds needsOf(FamilyView family) {
        return needsOf(family, List.of());
    }

    static FamilyNeeds needsOf(FamilyView family, Collection<UUID> childIds) {
        return new FamilyNeeds(
                family.preferredDayParts(),
                family.dayPartsPerWeek(),
                family.children().stream()
                        .filter(child -> childIds.isEmpty() || childIds.contains(child.id()))
                        .map(child -> new ChildNeeds(child.age(), child.needs()))
                        .toList(),
                family.latitude(),
                family.longitude());
    }

    private List<Candidate> candidates() {
        LocalDate today = LocalDate.now(clock);
        @SuppressWarnings("unchecked")
        List<Tuple> rows = entityManager
                .createNativeQuery(CANDIDATES, Tuple.class)
                .setParameter("adultBornBy", today.minusYears(18))
                .setParameter("issuedAfter", today.minus(settings.vogValidity()))
                .getResultList();
        return rows.stream().map(MatchSuggestions::candidate).toList();
    }

    private static Candidate candidate(Tuple row) {
        return new Candidate(
                row.get(0, UUID.class),
                row.get(1, String.class),
                DAY_PARTS.convertToEntityAttribute(row.get(2, String.class)),
                ((Number) row.get(3)).intValue(),
                ((Number) row.get(9)).intValue(),
                ((Number) row.get(4)).intValue(),
                ((Number) row.get(5)).intValue(),
                NEEDS.convertToEntityAttribute(row.get(6, String.class)),
                Boolean.TRUE.equals(row.get(10)),
                row.get(7) == null ? null : ((Number) row.get(7)).doubleValue(),
                row.get(8) == null ? null : ((Number) row.get(8)).doubleValue(),
                Boolean.TRUE.equals(row.get(11)));
    }
}
