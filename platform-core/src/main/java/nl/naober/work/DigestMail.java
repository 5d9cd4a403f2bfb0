package nl.naober.work;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import nl.naober.mail.MailPurpose;
import nl.naober.mail.OutgoingMail;
import org.jspecify.annotations.Nullable;

/**
 * The text of a coordinator's digest: plain Dutch, per topic a count and a line per item with its date and link. No
 * family, household or member name, only a registrant's first name (as the new-registration mail has it).
 */
final class DigestMail {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d-M-yyyy");
    private static final DateTimeFormatter LONG_DAY =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.forLanguageTag("nl"));

    private static final Map<DigestItem.Topic, String> TITLES = Map.of(
            DigestItem.Topic.REGISTRATION,
            "Aanmeldingen die langer dan " + DailyDigest.REPLY_WITHIN_WORKING_DAYS + " werkdagen wachten",
            DigestItem.Topic.TRIAL_ENDING,
            "Proefperiodes die binnen " + DailyDigest.MATCH_HORIZON_DAYS + " dagen eindigen",
            DigestItem.Topic.EVALUATION_DUE,
            "Evaluaties die binnen " + DailyDigest.MATCH_HORIZON_DAYS + " dagen moeten plaatsvinden",
            DigestItem.Topic.VOG,
            "Verklaringen omtrent het gedrag (VOG) die aandacht nodig hebben");

    private DigestMail() {}

    /** The key that lets a coordinator's digest of one day be queued only once. */
    static String dedupKey(LocalDate day, String username) {
        return "digest:" + day + ":" + username;
    }

    static OutgoingMail of(LocalDate day, Digest.ForCoordinator digest, String publicUrl) {
        StringBuilder text = new StringBuilder(greeting(digest.coordinator().firstName()))
                .append("Dit vraagt vandaag, ")
                .append(LONG_DAY.format(day))
                .append(", je aandacht in Naober.\n");
        for (DigestItem.Topic topic : DigestItem.Topic.values()) {
            section(
                    text,
                    Objects.requireNonNull(TITLES.get(topic), "every topic has a title"),
                    digest.items(topic),
                    day,
                    publicUrl);
        }
        text.append("\nAlles op een rij in Mijn werk: ")
                .append(publicUrl)
                .append("/werk\n\n")
                .append(
                        "Dit bericht is automatisch verstuurd door Naober, op werkdagen als er iets voor je klaarstaat.\n");
        return new OutgoingMail(
                dedupKey(day, digest.coordinator().username()),
                MailPurpose.DAILY_DIGEST,
                digest.coordinator().email(),
                "Naober: wat vandaag je aandacht vraagt (" + DAY.format(day) + ")",
                text.toString());
    }

    private static void section(
            StringBuilder text, String title, List<DigestItem> items, LocalDate today, String publicUrl) {
        if (items.isEmpty()) {
            return;
        }
        text.append('\n').append(title).append(": ").append(items.size()).append('\n');
        for (DigestItem item : items) {
            text.append("- ")
                    .append(describe(item, today))
                    .append(": ")
                    .append(publicUrl)
                    .append(item.path())
                    .append('\n');
        }
    }

    private static String describe(DigestItem item, LocalDate today) {
        return switch (item.topic()) {
            case REGISTRATION -> item.note() + ", binnengekomen op " + DAY.format(item.date());
            case TRIAL_ENDING ->
                (item.date().isBefore(today) ? "proefperiode verstreken op " : "proefperiode eindigt op ")
                        + DAY.format(item.date());
            case EVALUATION_DUE ->
                (item.date().isBefore(today) ? "evaluatie te laat, gepland op " : "evaluatie gepland op ")
                        + DAY.format(item.date());
            case VOG ->
                switch (Objects.requireNonNull(item.note(), "a VOG item says what is due")) {
                    case "MISSING" -> "VOG ontbreekt";
                    case "TURNS_18" -> "huisgenoot wordt 18 op " + DAY.format(item.date()) + ", VOG nodig";
                    default ->
                        (item.date().isBefore(today) ? "VOG verlopen op " : "VOG verloopt op ")
                                + DAY.format(item.date());
                };
        };
    }

    private static String greeting(@Nullable String firstName) {
        return firstName == null || firstName.isBlank()
                ? "Goedemorgen,\n\n"
                : "Goedemorgen " + firstName.strip() + ",\n\n";
    }
}
