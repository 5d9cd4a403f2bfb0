package nl.naober.family;

import java.util.Optional;
import java.util.UUID;

/**
 * The family's open (proposed, trial or active) match, if any. Matching answers it: it sees families, the family
 * feature does not see matches.
 */
public interface OpenMatches {

    Optional<UUID> of(UUID familyId);

    /** The open match of the family that this child is part of, if any: such a child cannot be removed. */
    Optional<UUID> withChild(UUID familyId, UUID childId);
}
