package nl.naober.family;

/**
 * What a family list is narrowed to; every part optional.
 *
 * @param query part of a parent's name, the postcode or the city
 * @param coordinator only families of this coordinator
 */
public record FamilyFilter(String query, FamilyStatus status, String coordinator) {

    public static FamilyFilter none() {
        return new FamilyFilter(null, null, null);
    }
}
