package nl.naober.matching;

import java.util.Optional;
import java.util.UUID;
import nl.naober.family.OpenMatches;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the family feature which match keeps a family in the programme. */
@Component
class FamilyOpenMatches implements OpenMatches {

    private final MatchRepository matches;

    FamilyOpenMatches(MatchRepository matches) {
        this.matches = matches;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<UUID> of(UUID familyId) {
        return matches.findOpenMatchId(familyId);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<UUID> withChild(UUID familyId, UUID childId) {
        return matches.findByFamilyIdOrderByProposedOnDesc(familyId).stream()
                .filter(match -> MatchService.OPEN.contains(match.status()))
                .filter(match -> match.childIds().contains(childId))
                .map(Match::id)
                .findFirst();
    }
}
