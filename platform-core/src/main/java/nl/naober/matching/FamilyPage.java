package nl.naober.matching;

import java.util.List;
import nl.naober.family.FamilyView;

/**
 * What the family page shows of the family and its matches, read in one transaction (issue 18 item 6).
 *
 * @param matches newest first
 */
public record FamilyPage(FamilyView family, List<MatchLine> matches) {

    /** A match in the family's list, with the names of both families (as the page heads it). */
    public record MatchLine(MatchSummary match, String familyName, String supportFamilyName) {}
}
