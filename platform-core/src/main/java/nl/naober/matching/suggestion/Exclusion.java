package nl.naober.matching.suggestion;

/**
 * Why a support family is never suggested: the hard exclusions of {@link MatchSuggester}, the one definition both
 * the ranking and the "why none fits" counts use.
 */
public enum Exclusion {
    /** The support family is paused (or otherwise not AVAILABLE). */
    PAUSED("gepauzeerd"),
    /** Not every adult in the household has a valid VOG. */
    NO_VALID_VOG("geen geldige VOG voor elke volwassene"),
    /** Fewer free places than children asked for (at least one). */
    NOT_ENOUGH_PLACES("te weinig vrije plaatsen"),
    /** None of its day-parts is among the requested day-parts. */
    NO_DAY_PART_OVERLAP("geen passend dagdeel");

    private final String dutch;

    Exclusion(String dutch) {
        this.dutch = dutch;
    }

    /** The reason in Dutch, for the coordinator: "geen passend dagdeel". */
    public String dutch() {
        return dutch;
    }
}
