package nl.naober.matching.suggestion;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.naober.accesslog.AccessRecord;
import nl.naober.accesslog.PersonalData;
import nl.naober.accesslog.RecordType;

/**
 * A support family suggested for a family, with its score and how it came about.
 *
 * @param supportFamilyId the support family's id
 * @param name the support family's name
 * @param score the total score, 0 to 100: the sum of the parts' points
 * @param parts the score per criterion, in the order of {@link MatchSuggester}'s documentation
 * @param locationUnknown whether the distance could not be computed because the family's or the support family's
 *     location is unknown; the distance then scores neutrally and the screen flags it ("locatie onbekend")
 */
public record Suggestion(UUID supportFamilyId, String name, int score, List<ScorePart> parts, boolean locationUnknown)
        implements PersonalData {
    @Override
    public AccessRecord accessRecord() {
        return AccessRecord.supportFamily(RecordType.SUPPORT_FAMILY, supportFamilyId, supportFamilyId);
    }

    public Suggestion {
        Objects.requireNonNull(supportFamilyId, "supportFamilyId");
        Objects.requireNonNull(name, "name");
        parts = List.copyOf(parts);
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("score " + score + " not within 0..100");
        }
    }
}
