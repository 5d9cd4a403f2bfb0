package nl.naober.core.family;

import java.util.Optional;
import java.util.UUID;

/**
 * The family's open (proposed, trial or active) match, if any. Matching answers it: it sees families, the family
 * feature does not see matches.
 */
public interface OpenMatches {

    Optional<UUID> of(UUID familyId);
}
