/**
 * Match suggestions (koppelvoorstellen): the pure, framework-free scoring that ranks support families for a
 * family. Callers load {@link nl.naober.matching.suggestion.FamilyNeeds} and
 * {@link nl.naober.matching.suggestion.Candidate}s and ask
 * {@link nl.naober.matching.suggestion.MatchSuggester} for explained
 * {@link nl.naober.matching.suggestion.Suggestion}s. No Spring, no JPA, no I/O.
 */
@NamedInterface("matching-suggestion")
package nl.naober.matching.suggestion;

import org.springframework.modulith.NamedInterface;
