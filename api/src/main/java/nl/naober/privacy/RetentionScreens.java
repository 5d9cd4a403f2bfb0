package nl.naober.privacy;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import nl.naober.programme.ProgrammeTime;
import nl.naober.retention.Retention;
import nl.naober.retention.RetentionRunView;
import nl.naober.web.StaffScreen;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The privacy officer's retention page ({@code /privacy/bewaren}): the dry run in counts, and the runs so far. */
@StaffScreen
@Controller
@PreAuthorize("hasRole('PRIVACY_OFFICER')")
class RetentionScreens {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm").withZone(ProgrammeTime.ZONE);
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final Retention retention;

    RetentionScreens(Retention retention) {
        this.retention = retention;
    }

    /** A run as a row, its times written out. */
    record RunRow(RetentionRunView run, String started, String finished, String caseCutoff) {}

    @GetMapping("/privacy/bewaren")
    String page(@RequestParam(defaultValue = "0") int page, Model model) {
        var preview = retention.preview();
        model.addAttribute("preview", preview);
        model.addAttribute("caseCutoff", DAY.format(preview.caseCutoff()));
        model.addAttribute("logCutoff", DAY.format(preview.logCutoff()));
        model.addAttribute("logYears", retention.accessLogRetention().getYears());
        model.addAttribute(
                "runs",
                retention
                        .runs(PageRequest.of(Math.max(page, 0), 20))
                        .map(run -> new RunRow(
                                run, when(run.startedAt()), when(run.finishedAt()), DAY.format(run.caseCutoff()))));
        return "privacy/bewaren";
    }

    private static String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }
}
