package nl.naober.matching;

import java.util.List;
import java.util.UUID;
import nl.naober.family.FamilyService;
import nl.naober.family.FamilyView;
import nl.naober.matching.FamilyPage.MatchLine;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The family page's read model: the family with its children and intakes, its matches and their support families'
 * names in three queries, whatever the number of matches. Here, not in the family feature, because matching sees
 * families and support families and the family feature sees neither.
 */
@Service
public class FamilyPages {

    private final MatchRepository matches;
    private final FamilyService families;

    FamilyPages(MatchRepository matches, FamilyService families) {
        this.matches = matches;
        this.families = families;
    }

    /** Throws {@code NotFoundException} when the municipality has no such family. */
    @Transactional(readOnly = true)
    public FamilyPage read(UUID familyId) {
        List<Object[]> rows = matches.findWithSupportFamilyName(familyId);
        boolean open = rows.stream().map(row -> (Match) row[0]).anyMatch(m -> MatchService.OPEN.contains(m.status()));
        FamilyView family = families.shown(familyId, open);
        return new FamilyPage(
                family,
                rows.stream()
                        .map(row -> new MatchLine(((Match) row[0]).toSummary(), family.parentName(), (String) row[1]))
                        .toList());
    }
}
