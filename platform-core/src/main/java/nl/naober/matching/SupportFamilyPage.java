package nl.naober.matching;

import java.util.List;
import nl.naober.matching.FamilyPage.MatchLine;
import nl.naober.supportfamily.SupportFamilyView;

/**
 * What the support family page shows of the support family and its matches, read in one transaction (issue 18 item 6).
 *
 * @param matches newest first
 */
public record SupportFamilyPage(SupportFamilyView supportFamily, List<MatchLine> matches) {}
