package nl.naober.demo.casefiles;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Clearly fictional people: common Dutch surnames with "(fictief)" in every household's name, e-mail addresses at
 * {@code voorbeeld.nl} (reserved for examples) and phone numbers of the form {@code 06000000nn}, so nobody mistakes
 * a demo screen or screenshot for a real family and no demo message can reach a real person.
 */
final class DemoNames {

    static final List<String> SURNAMES = List.of(
            "de Vries",
            "Jansen",
            "Bakker",
            "Visser",
            "Smit",
            "Meijer",
            "de Boer",
            "Mulder",
            "de Groot",
            "Bos",
            "Vos",
            "Peters",
            "Hendriks",
            "Dekker",
            "Brouwer",
            "de Wit",
            "Dijkstra",
            "Smits",
            "de Graaf",
            "van der Meer",
            "Kok",
            "Jacobs",
            "Vermeulen",
            "Hoekstra",
            "Bosma",
            "Kuipers",
            "Postma",
            "Schuurman",
            "Wolters",
            "Oosting");

    static final List<String> ADULT_NAMES = List.of(
            "Anke", "Marieke", "Sanne", "Ilse", "Femke", "Lotte", "Esther", "Petra", "Wendy", "Nadia", "Jolanda",
            "Fatima", "Kim", "Mark", "Jeroen", "Erik", "Bas", "Ruben", "Dennis", "Sander", "Henk", "Youssef", "Martijn",
            "Roel");

    static final List<String> CHILD_NAMES = List.of(
            "Noah", "Emma", "Sem", "Julia", "Liam", "Tess", "Daan", "Zoë", "Lucas", "Mila", "Finn", "Sara", "Levi",
            "Nora", "Jesse", "Evi", "Milan", "Lieke", "Thijs", "Fenna", "Mees", "Saar", "Bram", "Roos", "Adam", "Yara");

    static final List<String> STREETS = List.of(
            "Dorpsstraat",
            "Kerkstraat",
            "Schoolstraat",
            "Molenweg",
            "Julianastraat",
            "Beatrixlaan",
            "Hoofdstraat",
            "Stationsweg",
            "Eikenlaan",
            "Berkenlaan",
            "Wilhelminastraat",
            "Esweg",
            "Brinkstraat",
            "Veenweg");

    private DemoNames() {}

    static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    static String fictional(String name) {
        return name + " (fictief)";
    }

    /** A unique address per household number, e.g. {@code anke.devries.7@voorbeeld.nl}. */
    static String email(String localPart, int number) {
        String ascii = Normalizer.normalize(localPart, Normalizer.Form.NFD)
                .replaceAll("[^A-Za-z.]", "")
                .toLowerCase(Locale.ROOT);
        return ascii + "." + number + "@voorbeeld.nl";
    }

    /** {@code 0600000000} plus the household number: never a subscriber's number. */
    static String phone(int number) {
        return String.format(Locale.ROOT, "06%08d", number);
    }
}
