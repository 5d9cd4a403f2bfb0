package nl.naober.matching.suggestion;

import static nl.naober.matching.suggestion.MatchSuggester.CRITERION_AGE;
import static nl.naober.matching.suggestion.MatchSuggester.CRITERION_DAY_PARTS;
import static nl.naober.matching.suggestion.MatchSuggester.CRITERION_DISTANCE;
import static nl.naober.matching.suggestion.MatchSuggester.CRITERION_EXPERIENCE;
import static nl.naober.matching.suggestion.MatchSuggester.CRITERION_LOAD;
import static nl.naober.matching.suggestion.MatchSuggester.MAX_AGE;
import static nl.naober.matching.suggestion.MatchSuggester.MAX_DAY_PARTS;
import static nl.naober.matching.suggestion.MatchSuggester.MAX_DISTANCE;
import static nl.naober.matching.suggestion.MatchSuggester.MAX_EXPERIENCE;
import static nl.naober.matching.suggestion.MatchSuggester.MAX_LOAD;
import static nl.naober.matching.suggestion.MatchSuggester.NEUTRAL_DISTANCE;

import java.util.ArrayList;
import java.util.List;
import nl.naober.programme.DayPart;
import nl.naober.programme.NeedCategory;

/** The short Dutch sentences that explain a suggestion's score parts; built only for the suggestions returned. */
final class Explanations {

    private static final DayPart[] DAY_PARTS = DayPart.values();

    private final FamilyNeeds family;
    private final DayPart[] requested;
    private final int[] ages;
    private final NeedCategory[] needs;
    private final boolean located;

    Explanations(FamilyRequest request) {
        this.family = request.family;
        this.requested = request.requested;
        this.ages = request.ages;
        this.needs = request.needs;
        this.located = request.located;
    }

    Suggestion explain(Scored scored) {
        Candidate candidate = scored.candidate;
        List<ScorePart> parts = List.of(
                new ScorePart(CRITERION_DAY_PARTS, scored.dayPartPoints, MAX_DAY_PARTS, dayParts(scored)),
                new ScorePart(CRITERION_AGE, scored.agePoints, MAX_AGE, age(candidate)),
                new ScorePart(CRITERION_DISTANCE, scored.distancePoints, MAX_DISTANCE, distance(scored)),
                new ScorePart(CRITERION_EXPERIENCE, scored.experiencePoints, MAX_EXPERIENCE, experience(scored)),
                new ScorePart(CRITERION_LOAD, scored.loadPoints, MAX_LOAD, load(candidate)));
        return new Suggestion(
                candidate.supportFamilyId(), candidate.name(), scored.total, parts, Double.isNaN(scored.km));
    }

    private String dayParts(Scored scored) {
        List<String> labels = new ArrayList<>();
        for (DayPart dayPart : DAY_PARTS) {
            if ((scored.overlapMask & (1 << dayPart.ordinal())) != 0) {
                labels.add(DutchText.dayPart(dayPart));
            }
        }
        int overlap = labels.size();
        StringBuilder text = new StringBuilder()
                .append(overlap)
                .append(" van ")
                .append(requested.length)
                .append(requested.length == 1 ? " gevraagd dagdeel" : " gevraagde dagdelen")
                .append(overlap == 1 ? " past (" : " passen (")
                .append(String.join(", ", labels))
                .append(')');
        int perWeek = family.dayPartsPerWeek();
        if (overlap < requested.length && perWeek >= 1 && overlap >= perWeek) {
            text.append("; genoeg voor ")
                    .append(perWeek)
                    .append(perWeek == 1 ? " dagdeel per week" : " dagdelen per week");
        }
        return text.toString();
    }

    private String age(Candidate candidate) {
        if (ages.length == 0) {
            return "Leeftijd onbekend: nog geen kinderen ingevoerd";
        }
        String range = candidate.minAge() + "–" + candidate.maxAge() + " jaar";
        List<String> fitting = new ArrayList<>();
        List<String> notFitting = new ArrayList<>();
        for (int age : ages) {
            (age >= candidate.minAge() && age <= candidate.maxAge() ? fitting : notFitting).add(Integer.toString(age));
        }
        if (ages.length == 1) {
            return "Kind (" + ages[0] + " jaar) valt " + (fitting.isEmpty() ? "buiten " : "binnen ") + range;
        }
        String all = ages.length == 2 ? "Beide kinderen" : "Alle " + ages.length + " kinderen";
        if (notFitting.isEmpty()) {
            return all + " (" + DutchText.and(fitting) + " jaar) vallen binnen " + range;
        }
        if (fitting.isEmpty()) {
            return all + " (" + DutchText.and(notFitting) + " jaar) vallen buiten " + range;
        }
        return fitting.size() + " van " + ages.length + " kinderen " + (fitting.size() == 1 ? "valt" : "vallen")
                + " binnen " + range + " (" + DutchText.and(fitting) + " jaar wel, " + DutchText.and(notFitting)
                + " jaar niet)";
    }

    private String distance(Scored scored) {
        if (!Double.isNaN(scored.km)) {
            return DutchText.kilometres(scored.km) + " km tussen beide adressen";
        }
        boolean candidateLocated = Haversine.known(scored.candidate.latitude(), scored.candidate.longitude());
        String whose;
        if (!located && !candidateLocated) {
            whose = "het vraaggezin en van het steungezin";
        } else if (!located) {
            whose = "het vraaggezin";
        } else {
            whose = "het steungezin";
        }
        return "Afstand onbekend: adres van " + whose + " nog niet gevonden; telt neutraal (" + NEUTRAL_DISTANCE
                + " van " + MAX_DISTANCE + ")";
    }

    private String experience(Scored scored) {
        if (needs.length == 0) {
            if (ages.length == 0) {
                return "Geen kinderen ingevoerd: geen zorgvragen bekend";
            }
            return "Geen bijzondere zorgvragen bij " + (ages.length == 1 ? "het kind" : "de kinderen");
        }
        List<String> covered = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (NeedCategory need : needs) {
            ((scored.coveredNeedMask & (1 << need.ordinal())) != 0 ? covered : missing).add(DutchText.need(need));
        }
        if (missing.isEmpty()) {
            return "Ervaring met " + DutchText.and(covered);
        }
        if (covered.isEmpty()) {
            return "Geen ervaring met " + DutchText.or(missing);
        }
        return "Ervaring met " + DutchText.and(covered) + "; geen ervaring met " + DutchText.or(missing);
    }

    private static String load(Candidate candidate) {
        int placed = candidate.currentLoad();
        String capacity = " (capaciteit " + candidate.capacity() + ")";
        if (placed == 0) {
            return "Nog geen kinderen geplaatst" + capacity;
        }
        return placed + (placed == 1 ? " kind geplaatst" : " kinderen geplaatst") + capacity;
    }
}
