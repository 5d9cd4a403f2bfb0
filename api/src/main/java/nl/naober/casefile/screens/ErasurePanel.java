package nl.naober.casefile.screens;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.naober.programme.ProgrammeTime;
import nl.naober.retention.ErasureGround;
import nl.naober.retention.ErasureRequestView;
import org.springframework.ui.Model;

/**
 * The privacy panel of a file's page ({@code cwPrivacy}): its erasure requests and the grounds to ask for one. Here
 * rather than with the subject-rights screens in {@code privacy}, which use the case-file kit: the family's page
 * asking privacy would make the two features need each other.
 */
public final class ErasurePanel {

    private ErasurePanel() {}

    /** Dates as the overview writes them, Dutch and in Amsterdam time. */
    public record Dates() {
        private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d-M-yyyy");
        private static final DateTimeFormatter WHEN =
                DateTimeFormatter.ofPattern("d-M-yyyy HH:mm").withZone(ProgrammeTime.ZONE);

        public String day(LocalDate date) {
            return date == null ? "–" : DAY.format(date);
        }

        public String when(Instant instant) {
            return instant == null ? "–" : WHEN.format(instant);
        }
    }

    /** What the privacy panel of a file's page shows. */
    static void onFilePage(Model model, List<ErasureRequestView> requests) {
        model.addAttribute("erasures", requests);
        model.addAttribute("erasureGrounds", ErasureGround.values());
        model.addAttribute("dates", new Dates());
    }
}
