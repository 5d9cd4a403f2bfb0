package nl.naober.matching.suggestion;

import static nl.naober.matching.suggestion.MatchSuggesterTest.LAT;
import static nl.naober.matching.suggestion.MatchSuggesterTest.LON;
import static nl.naober.matching.suggestion.MatchSuggesterTest.candidate;
import static nl.naober.matching.suggestion.MatchSuggesterTest.family;
import static nl.naober.matching.suggestion.MatchSuggesterTest.with;
import static nl.naober.matching.suggestion.MatchSuggesterTest.withDayParts;
import static nl.naober.programme.DayPart.TUESDAY_EVENING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.naober.programme.NeedCategory;
import org.junit.jupiter.api.Test;

/** Why nothing fits (counts per reason, from the same test as the ranking), some of the children, unknown places. */
class MatchSuggesterReasonsTest {

    final MatchSuggester suggester = new MatchSuggester();

    static Candidate paused(Candidate c) {
        return new Candidate(
                c.supportFamilyId(),
                c.name(),
                c.availableDayParts(),
                c.capacity(),
                c.currentLoad(),
                c.minAge(),
                c.maxAge(),
                c.experience(),
                c.allAdultsHaveValidVog(),
                c.latitude(),
                c.longitude(),
                true);
    }

    static Candidate withoutVog(Candidate c) {
        return new Candidate(
                c.supportFamilyId(),
                c.name(),
                c.availableDayParts(),
                c.capacity(),
                c.currentLoad(),
                c.minAge(),
                c.maxAge(),
                c.experience(),
                false,
                c.latitude(),
                c.longitude());
    }

    @Test
    void countsPerReasonWhyNoSupportFamilyFits() {
        List<Candidate> candidates = List.of(
                paused(candidate("Gepauzeerd", 1)),
                withoutVog(candidate("Zonder VOG 1", 1)),
                withoutVog(candidate("Zonder VOG 2", 1)),
                with(candidate("Vol", 1), 2, 1), // one place for two children
                withDayParts(candidate("Dinsdagavond 1", 1), EnumSet.of(TUESDAY_EVENING)),
                withDayParts(candidate("Dinsdagavond 2", 1), EnumSet.of(TUESDAY_EVENING)),
                withDayParts(withoutVog(candidate("Dinsdag zonder VOG", 1)), EnumSet.of(TUESDAY_EVENING)));

        SuggestionReport report = suggester.report(family(), candidates, 10);

        assertThat(report.suggestions()).isEmpty();
        assertThat(report.considered()).isEqualTo(7);
        assertThat(report.fitting()).isZero();
        // the last one fails two rules and counts under both
        assertThat(report.excluded())
                .containsExactly(
                        entry(Exclusion.PAUSED, 1),
                        entry(Exclusion.NO_VALID_VOG, 3),
                        entry(Exclusion.NOT_ENOUGH_PLACES, 1),
                        entry(Exclusion.NO_DAY_PART_OVERLAP, 3));
        assertThat(suggester.candidateDepth(family(), candidates)).isZero();
    }

    @Test
    void theReportAndTheDepthUseTheSameExclusions() {
        List<Candidate> candidates = List.of(
                candidate("Past", 1), paused(candidate("Gepauzeerd", 1)), withoutVog(candidate("Zonder VOG", 2)));

        SuggestionReport report = suggester.report(family(), candidates, 10);

        assertThat(report.fitting()).isEqualTo(1).isEqualTo(suggester.candidateDepth(family(), candidates));
        assertThat(report.suggestions()).extracting(Suggestion::name).containsExactly("Past");
        assertThat(report.excluded()).containsOnlyKeys(Exclusion.PAUSED, Exclusion.NO_VALID_VOG);
    }

    @Test
    void forOneOfTheChildrenOnlyThatChildCounts() {
        // one free place: too few for both children, enough for one
        Candidate onePlace = with(candidate("Eén plek", 1), 2, 1);
        FamilyNeeds both = family();
        FamilyNeeds youngest = new FamilyNeeds(
                both.requestedDayParts(),
                both.dayPartsPerWeek(),
                List.of(new ChildNeeds(4, Set.of(NeedCategory.ADHD))),
                LAT,
                LON);

        assertThat(suggester.report(both, List.of(onePlace), 10).excluded())
                .containsExactly(entry(Exclusion.NOT_ENOUGH_PLACES, 1));
        assertThat(suggester.report(youngest, List.of(onePlace), 10).suggestions())
                .extracting(Suggestion::name)
                .containsExactly("Eén plek");
    }

    @Test
    void anUnknownLocationScoresHalfTheDistancePointsAndIsFlagged() {
        FamilyNeeds unlocated = new FamilyNeeds(
                family().requestedDayParts(), family().dayPartsPerWeek(), family().children(), null, null);

        Suggestion s =
                suggester.rank(unlocated, List.of(candidate("De Vries", 1))).get(0);
        Suggestion known =
                suggester.rank(family(), List.of(candidate("De Vries", 1))).get(0);

        assertThat(s.locationUnknown()).isTrue();
        assertThat(known.locationUnknown()).isFalse();
        assertThat(s.parts())
                .filteredOn(p -> p.criterion().equals(MatchSuggester.CRITERION_DISTANCE))
                .singleElement()
                .satisfies(p -> assertThat(p.points())
                        .isEqualTo(MatchSuggester.NEUTRAL_DISTANCE)
                        .isEqualTo(10));
        assertThat(s.score()).isEqualTo(known.score() - 10);
    }
}
