package nl.naober.matching;

import java.util.UUID;
import nl.naober.matching.FamilyPage.MatchLine;
import nl.naober.supportfamily.SupportFamilyService;
import nl.naober.supportfamily.SupportFamilyView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The support family page's read model: the support family as its service shows it, and its matches with their
 * families' names in one query, whatever the number of matches (each used to load its family and the support family
 * again, in transactions of their own).
 */
@Service
public class SupportFamilyPages {

    private final MatchRepository matches;
    private final SupportFamilyService supportFamilies;

    SupportFamilyPages(MatchRepository matches, SupportFamilyService supportFamilies) {
        this.matches = matches;
        this.supportFamilies = supportFamilies;
    }

    /** Throws {@code NotFoundException} when the municipality has no such support family. */
    @Transactional(readOnly = true)
    public SupportFamilyPage read(UUID supportFamilyId) {
        SupportFamilyView supportFamily = supportFamilies.get(supportFamilyId);
        return new SupportFamilyPage(
                supportFamily,
                matches.findWithFamilyName(supportFamilyId).stream()
                        .map(row -> new MatchLine(
                                ((Match) row[0]).toSummary(), (String) row[1], supportFamily.householdName()))
                        .toList());
    }
}
