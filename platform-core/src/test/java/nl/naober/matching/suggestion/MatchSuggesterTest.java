package nl.naober.matching.suggestion;

import static nl.naober.programme.DayPart.MONDAY_MORNING;
import static nl.naober.programme.DayPart.SATURDAY_MORNING;
import static nl.naober.programme.DayPart.TUESDAY_EVENING;
import static nl.naober.programme.DayPart.WEDNESDAY_AFTERNOON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import nl.naober.programme.DayPart;
import nl.naober.programme.NeedCategory;
import org.junit.jupiter.api.Test;

class MatchSuggesterTest {

    /** Meppel, roughly. */
    static final double LAT = 52.6956;

    static final double LON = 6.1936;
    /** Degrees of latitude per kilometre on the haversine sphere. */
    static final double DEG_PER_KM = 180 / (Math.PI * Haversine.EARTH_RADIUS_KM);

    final MatchSuggester suggester = new MatchSuggester();

    static FamilyNeeds family() {
        return new FamilyNeeds(
                EnumSet.of(WEDNESDAY_AFTERNOON, SATURDAY_MORNING),
                2,
                List.of(new ChildNeeds(4, Set.of(NeedCategory.ADHD)), new ChildNeeds(7, Set.of())),
                LAT,
                LON);
    }

    static Candidate candidate(String name, double kmNorth) {
        return new Candidate(
                UUID.randomUUID(),
                name,
                EnumSet.of(WEDNESDAY_AFTERNOON, SATURDAY_MORNING, MONDAY_MORNING),
                2,
                0,
                3,
                10,
                EnumSet.of(NeedCategory.ADHD),
                true,
                LAT + kmNorth * DEG_PER_KM,
                LON);
    }

    static Candidate with(Candidate c, int capacity, int currentLoad) {
        return new Candidate(
                c.supportFamilyId(),
                c.name(),
                c.availableDayParts(),
                capacity,
                currentLoad,
                c.minAge(),
                c.maxAge(),
                c.experience(),
                c.allAdultsHaveValidVog(),
                c.latitude(),
                c.longitude());
    }

    static Candidate withDayParts(Candidate c, Set<DayPart> dayParts) {
        return new Candidate(
                c.supportFamilyId(),
                c.name(),
                dayParts,
                c.capacity(),
                c.currentLoad(),
                c.minAge(),
                c.maxAge(),
                c.experience(),
                c.allAdultsHaveValidVog(),
                c.latitude(),
                c.longitude());
    }

    static ScorePart part(Suggestion suggestion, String criterion) {
        return suggestion.parts().stream()
                .filter(p -> p.criterion().equals(criterion))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void excludesAFamilyWhereNotEveryAdultHasAValidVog() {
        Candidate c = candidate("De Vries", 1);
        Candidate noVog = new Candidate(
                UUID.randomUUID(),
                "Jansen",
                c.availableDayParts(),
                2,
                0,
                3,
                10,
                c.experience(),
                false,
                c.latitude(),
                c.longitude());

        assertThat(suggester.rank(family(), List.of(c, noVog)))
                .extracting(Suggestion::name)
                .containsExactly("De Vries");
    }

    @Test
    void excludesAFamilyWithoutSpareCapacityForAllChildren() {
        Candidate full = with(candidate("Vol", 1), 2, 1); // 1 place left, 2 children asked
        Candidate roomy = with(candidate("Ruim", 1), 3, 1);

        assertThat(suggester.rank(family(), List.of(full, roomy)))
                .extracting(Suggestion::name)
                .containsExactly("Ruim");

        FamilyNeeds noChildrenYet = new FamilyNeeds(EnumSet.of(WEDNESDAY_AFTERNOON), 1, List.of(), LAT, LON);
        Candidate occupied = with(candidate("Bezet", 1), 1, 1);
        Candidate zeroCapacity = with(candidate("Nul", 1), 0, 0);
        assertThat(suggester.rank(noChildrenYet, List.of(occupied, zeroCapacity)))
                .isEmpty();
    }

    @Test
    void excludesAFamilyWithoutAnOverlappingDayPart() {
        Candidate other = withDayParts(candidate("Avond", 1), EnumSet.of(TUESDAY_EVENING, MONDAY_MORNING));
        Candidate none = withDayParts(candidate("Niets", 1), null);

        assertThat(suggester.rank(family(), List.of(other, none))).isEmpty();
    }

    @Test
    void ranksAFittingNearbyFamilyAboveAFittingFarAwayOne() {
        Candidate far = candidate("Aalbers", 12);
        Candidate near = candidate("Zwart", 1);

        List<Suggestion> ranked = suggester.rank(family(), List.of(far, near));

        assertThat(ranked).extracting(Suggestion::name).containsExactly("Zwart", "Aalbers");
        assertThat(ranked.get(0).score()).isGreaterThan(ranked.get(1).score());
    }

    @Test
    void explainsATypicalCaseInDutch() {
        Suggestion suggestion =
                suggester.rank(family(), List.of(candidate("De Vries", 3.4))).get(0);

        assertThat(suggestion.parts())
                .extracting(ScorePart::criterion, ScorePart::points, ScorePart::maxPoints, ScorePart::explanation)
                .containsExactly(
                        tuple(
                                "Dagdelen",
                                35,
                                35,
                                "2 van 2 gevraagde dagdelen passen (woensdagmiddag, zaterdagochtend)"),
                        tuple("Leeftijd", 20, 20, "Beide kinderen (4 en 7 jaar) vallen binnen 3–10 jaar"),
                        tuple("Afstand", 18, 20, "3,4 km tussen beide adressen"),
                        tuple("Ervaring", 15, 15, "Ervaring met ADHD"),
                        tuple("Huidige plaatsingen", 10, 10, "Nog geen kinderen geplaatst (capaciteit 2)"));
        assertThat(suggestion.score()).isEqualTo(98);
        assertThat(suggestion.name()).isEqualTo("De Vries");
    }

    @Test
    void explainsPartialFits() {
        FamilyNeeds family = new FamilyNeeds(
                EnumSet.of(WEDNESDAY_AFTERNOON, TUESDAY_EVENING),
                2,
                List.of(
                        new ChildNeeds(4, Set.of(NeedCategory.ADHD, NeedCategory.TRAUMA)),
                        new ChildNeeds(12, Set.of(NeedCategory.AUTISM))),
                LAT,
                LON);
        Candidate c = with(candidate("De Vries", 0.5), 4, 2);

        Suggestion s = suggester.rank(family, List.of(c)).get(0);

        assertThat(part(s, "Dagdelen").explanation()).isEqualTo("1 van 2 gevraagde dagdelen past (woensdagmiddag)");
        assertThat(part(s, "Dagdelen").points()).isEqualTo(18);
        assertThat(part(s, "Leeftijd").explanation())
                .isEqualTo("1 van 2 kinderen valt binnen 3–10 jaar (4 jaar wel, 12 jaar niet)");
        assertThat(part(s, "Leeftijd").points()).isEqualTo(10);
        assertThat(part(s, "Afstand").explanation()).isEqualTo("0,5 km tussen beide adressen");
        assertThat(part(s, "Afstand").points()).isEqualTo(20);
        assertThat(part(s, "Ervaring").explanation())
                .isEqualTo("Ervaring met ADHD; geen ervaring met autisme of trauma");
        assertThat(part(s, "Ervaring").points()).isEqualTo(5);
        assertThat(part(s, "Huidige plaatsingen").explanation()).isEqualTo("2 kinderen geplaatst (capaciteit 4)");
        assertThat(part(s, "Huidige plaatsingen").points()).isEqualTo(5);
    }

    @Test
    void givesFullDayPartPointsWhenTheOverlapCoversTheDayPartsPerWeek() {
        FamilyNeeds family = new FamilyNeeds(
                EnumSet.of(WEDNESDAY_AFTERNOON, SATURDAY_MORNING, TUESDAY_EVENING, DayPart.FRIDAY_EVENING),
                2,
                List.of(new ChildNeeds(5, null)),
                LAT,
                LON);

        Suggestion s = suggester.rank(family, List.of(candidate("De Vries", 1))).get(0);

        assertThat(part(s, "Dagdelen").points()).isEqualTo(35);
        assertThat(part(s, "Dagdelen").explanation())
                .isEqualTo("2 van 4 gevraagde dagdelen passen (woensdagmiddag, zaterdagochtend); "
                        + "genoeg voor 2 dagdelen per week");
        assertThat(part(s, "Ervaring").points()).isEqualTo(15);
        assertThat(part(s, "Ervaring").explanation()).isEqualTo("Geen bijzondere zorgvragen bij het kind");
        assertThat(part(s, "Leeftijd").explanation()).isEqualTo("Kind (5 jaar) valt binnen 3–10 jaar");
    }

    @Test
    void saysPlainlyWhenTheDistanceIsUnknownAndScoresItNeutrally() {
        FamilyNeeds unlocated = new FamilyNeeds(family().requestedDayParts(), 2, family().children(), null, null);
        Candidate located = candidate("De Vries", 1);
        Candidate unlocatedCandidate = new Candidate(
                UUID.randomUUID(),
                "Jansen",
                located.availableDayParts(),
                2,
                0,
                3,
                10,
                located.experience(),
                true,
                LAT,
                null);

        Suggestion familyUnknown = suggester.rank(unlocated, List.of(located)).get(0);
        assertThat(part(familyUnknown, "Afstand").points()).isEqualTo(10);
        assertThat(part(familyUnknown, "Afstand").explanation())
                .isEqualTo("Afstand onbekend: adres van het vraaggezin nog niet gevonden; telt neutraal (10 van 20)");

        Suggestion candidateUnknown =
                suggester.rank(family(), List.of(unlocatedCandidate)).get(0);
        assertThat(part(candidateUnknown, "Afstand").points()).isEqualTo(10);
        assertThat(part(candidateUnknown, "Afstand").explanation())
                .isEqualTo("Afstand onbekend: adres van het steungezin nog niet gevonden; telt neutraal (10 van 20)");

        Suggestion bothUnknown =
                suggester.rank(unlocated, List.of(unlocatedCandidate)).get(0);
        assertThat(part(bothUnknown, "Afstand").explanation())
                .isEqualTo("Afstand onbekend: adres van het vraaggezin en van het steungezin nog niet gevonden;"
                        + " telt neutraal (10 van 20)");

        // an unknown location no longer sinks below a far one: half the distance points, between near and far
        List<Suggestion> ranked =
                suggester.rank(family(), List.of(candidate("Ver", 40), unlocatedCandidate, candidate("Dichtbij", 1)));
        assertThat(ranked).extracting(Suggestion::name).containsExactly("Dichtbij", "Jansen", "Ver");
    }

    @Test
    void breaksTiesByDistanceThenName() {
        Candidate b = candidate("Bakker", 1);
        Candidate a = candidate("Aalbers", 1);
        Candidate closer = candidate("Zwart", 0.5);

        assertThat(suggester.rank(family(), List.of(b, a, closer)))
                .extracting(Suggestion::name)
                .containsExactly("Zwart", "Aalbers", "Bakker");
    }

    @Test
    void countsTheCandidatesThatPassTheExclusions() {
        List<Candidate> candidates = List.of(
                candidate("A", 1),
                candidate("B", 20),
                with(candidate("Vol", 1), 2, 2),
                withDayParts(candidate("Avond", 1), EnumSet.of(TUESDAY_EVENING)));

        assertThat(suggester.candidateDepth(family(), candidates)).isEqualTo(2);
        assertThat(suggester.candidateDepth(family(), List.of())).isZero();
        assertThat(suggester.rank(family(), candidates)).hasSize(2);
    }

    @Test
    void theLimitedRankingIsThePrefixOfTheFullOne() {
        List<Candidate> candidates = randomCandidates(200, new Random(7));

        List<Suggestion> all = suggester.rank(family(), candidates);
        List<Suggestion> top = suggester.rank(family(), candidates, 10);

        assertThat(top).isEqualTo(all.subList(0, 10));
        assertThat(suggester.rank(family(), candidates, 0)).isEmpty();
        assertThatThrownBy(() -> suggester.rank(family(), candidates, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ranks5000RandomCandidatesBestFirstWithPartsThatAddUp() {
        Random random = new Random(42);
        List<Candidate> candidates = randomCandidates(5_000, random);
        FamilyNeeds family = new FamilyNeeds(
                EnumSet.of(WEDNESDAY_AFTERNOON, SATURDAY_MORNING, TUESDAY_EVENING),
                2,
                List.of(
                        new ChildNeeds(6, EnumSet.of(NeedCategory.AUTISM, NeedCategory.MEDICAL)),
                        new ChildNeeds(9, Set.of())),
                LAT,
                LON);

        List<Suggestion> ranked = suggester.rank(family, candidates);

        assertThat(ranked).hasSize(suggester.candidateDepth(family, candidates)).isNotEmpty();
        assertThat(ranked).extracting(Suggestion::score).isSortedAccordingTo((x, y) -> Integer.compare(y, x));
        for (Suggestion s : ranked) {
            assertThat(s.parts()).hasSize(5);
            assertThat(s.parts().stream().mapToInt(ScorePart::points).sum()).isEqualTo(s.score());
            assertThat(s.parts().stream().mapToInt(ScorePart::maxPoints).sum()).isEqualTo(100);
            assertThat(s.score()).isBetween(0, 100);
            assertThat(s.parts()).allSatisfy(p -> assertThat(p.explanation()).isNotBlank());
        }
    }

    static List<Candidate> randomCandidates(int count, Random random) {
        DayPart[] dayParts = DayPart.values();
        NeedCategory[] needs = NeedCategory.values();
        List<Candidate> candidates = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            EnumSet<DayPart> available = EnumSet.noneOf(DayPart.class);
            for (int j = random.nextInt(8); j > 0; j--) {
                available.add(dayParts[random.nextInt(dayParts.length)]);
            }
            EnumSet<NeedCategory> experience = EnumSet.noneOf(NeedCategory.class);
            for (int j = random.nextInt(4); j > 0; j--) {
                experience.add(needs[random.nextInt(needs.length)]);
            }
            int capacity = random.nextInt(5);
            int minAge = random.nextInt(8);
            boolean located = random.nextInt(10) > 0;
            candidates.add(new Candidate(
                    UUID.randomUUID(),
                    "Gezin " + i,
                    available,
                    capacity,
                    capacity == 0 ? 0 : random.nextInt(capacity + 1),
                    minAge,
                    minAge + random.nextInt(12),
                    experience,
                    random.nextInt(20) > 0,
                    located ? LAT + (random.nextDouble() - 0.5) * 0.4 : null,
                    located ? LON + (random.nextDouble() - 0.5) * 0.6 : null));
        }
        return candidates;
    }
}
