package nl.naober.supportfamily;

/** @param query part of the household name, postcode or city */
public record SupportFamilyFilter(String query, SupportFamilyStatus status) {

    public static SupportFamilyFilter none() {
        return new SupportFamilyFilter(null, null);
    }
}
