package nl.naober.casefile.screens;

import java.util.List;
import nl.naober.family.FamilyService;
import nl.naober.matching.MatchView;
import nl.naober.supportfamily.SupportFamilyService;
import org.springframework.stereotype.Component;

/** Matches with the names of both families, for lists and headings. */
@Component("caseworkMatchRows")
class MatchRows {

    /** A match as listed. */
    public record MatchRow(MatchView match, String familyName, String supportFamilyName) {}

    private final FamilyService families;
    private final SupportFamilyService supportFamilies;

    MatchRows(FamilyService families, SupportFamilyService supportFamilies) {
        this.families = families;
        this.supportFamilies = supportFamilies;
    }

    MatchRow of(MatchView match) {
        return new MatchRow(
                match,
                families.get(match.familyId()).parentName(),
                supportFamilies.get(match.supportFamilyId()).householdName());
    }

    List<MatchRow> of(List<MatchView> matches) {
        return matches.stream().map(this::of).toList();
    }
}
