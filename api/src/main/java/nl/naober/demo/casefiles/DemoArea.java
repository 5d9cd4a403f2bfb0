package nl.naober.demo.casefiles;

import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.naober.family.RegistrationSource;

/**
 * Where a demo municipality's households live: its places with their postcode ranges and centres. Matching scores
 * distances, so demo addresses must lie inside the municipality, a few kilometres around a real place centre.
 *
 * @param referrers where referrals come from, e.g. "Wijkteam Meppel" (a wijkteam / CJG)
 */
record DemoArea(List<Place> places, List<Referrer> referrers) {

    /** A referring organisation and the referral source it counts under. */
    record Referrer(RegistrationSource source, String organisation) {}

    /**
     * A place in the municipality.
     *
     * @param postcodePrefixes the first three digits of its postcodes; the fourth is drawn at random
     */
    record Place(String name, double latitude, double longitude, List<String> postcodePrefixes) {}

    /** Meppel: the area of municipalities the demo does not know, such as those provisioned by tests. */
    static final DemoArea DEFAULT = of("Meppel", new Place("Meppel", 52.696, 6.194, List.of("794")));

    private static final Map<String, DemoArea> DEMO_MUNICIPALITIES = Map.of(
            "meppel",
            DEFAULT,
            "hoogeveen",
            of("Hoogeveen", new Place("Hoogeveen", 52.723, 6.476, List.of("790"))),
            "de-wolden",
            of(
                    "De Wolden",
                    new Place("Zuidwolde", 52.667, 6.428, List.of("792")),
                    new Place("Echten", 52.703, 6.405, List.of("793")),
                    new Place("De Wijk", 52.673, 6.289, List.of("795"))),
            "midden-drenthe",
            of(
                    "Midden-Drenthe",
                    new Place("Beilen", 52.862, 6.515, List.of("941")),
                    new Place("Smilde", 52.953, 6.451, List.of("942")),
                    new Place("Westerbork", 52.850, 6.607, List.of("943"))),
            "borger-odoorn",
            of(
                    "Borger-Odoorn",
                    new Place("Nieuw-Buinen", 52.963, 6.950, List.of("952")),
                    new Place("Exloërmond", 52.915, 6.935, List.of("788"))),
            "emmen",
            of(
                    "Emmen",
                    new Place("Emmen", 52.780, 6.900, List.of("781", "782")),
                    new Place("Nieuw-Amsterdam", 52.712, 6.860, List.of("783")),
                    new Place("Nieuw-Dordrecht", 52.748, 6.967, List.of("784"))));

    /** The area of a demo municipality; {@link #DEFAULT} for any other code. */
    static DemoArea forMunicipality(String code) {
        return DEMO_MUNICIPALITIES.getOrDefault(code, DEFAULT);
    }

    private static DemoArea of(String municipality, Place... places) {
        return new DemoArea(
                List.of(places),
                List.of(
                        new Referrer(RegistrationSource.WIJKTEAM_CJG, "Wijkteam " + municipality),
                        new Referrer(RegistrationSource.WIJKTEAM_CJG, "CJG " + municipality),
                        new Referrer(RegistrationSource.GENERAL_PRACTITIONER, "Huisarts"),
                        new Referrer(RegistrationSource.SCHOOL_CHILDCARE, "School (intern begeleider)"),
                        new Referrer(RegistrationSource.YOUTH_HEALTH_CARE, "Consultatiebureau"),
                        new Referrer(
                                RegistrationSource.SOCIAL_WORK_DEBT_ADVICE, "Schuldhulpverlening " + municipality)));
    }

    /** A household's address: a place, a postcode there and a point within about two kilometres of its centre. */
    Address address(Random random) {
        Place place = places.get(random.nextInt(places.size()));
        String prefix = place.postcodePrefixes()
                .get(random.nextInt(place.postcodePrefixes().size()));
        String postcode = prefix + random.nextInt(10) + " " + letter(random) + letter(random);
        double latitude = place.latitude() + (random.nextDouble() - 0.5) * 0.03;
        double longitude = place.longitude() + (random.nextDouble() - 0.5) * 0.05;
        return new Address(
                DemoNames.pick(random, DemoNames.STREETS),
                String.valueOf(1 + random.nextInt(120)),
                postcode,
                place.name(),
                Math.round(latitude * 1e6) / 1e6,
                Math.round(longitude * 1e6) / 1e6);
    }

    /** PostNL leaves out letters that read as digits or as SS/SD/SA; so does the demo. */
    private static char letter(Random random) {
        String letters = "ABCEGHJKLMNPRTVWXZ";
        return letters.charAt(random.nextInt(letters.length()));
    }

    record Address(
            String street, String houseNumber, String postcode, String city, double latitude, double longitude) {}
}
