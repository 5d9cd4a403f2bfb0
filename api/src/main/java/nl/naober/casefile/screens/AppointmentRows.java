package nl.naober.casefile.screens;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.naober.appointment.AppointmentKind;
import nl.naober.appointment.AppointmentView;
import nl.naober.programme.ProgrammeTime;
import org.springframework.stereotype.Component;

/** Planned visits in words and links, for Mijn werk and the file pages. */
@Component
public class AppointmentRows {

    private final Screens screens;
    private final Clock clock;

    AppointmentRows(Screens screens, Clock clock) {
        this.screens = screens;
        this.clock = clock;
    }

    /**
     * @param title e.g. "Kennismaking gezin Anna": what a calendar shows too
     * @param recordUrl the file page with the intake or evaluation form filled in from this appointment
     */
    public record AppointmentRow(
            AppointmentView appointment,
            String when,
            String title,
            String fileUrl,
            String recordUrl,
            boolean overdue) {}

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d-M-yyyy 'om' HH:mm", Screens.DUTCH);

    public List<AppointmentRow> of(List<AppointmentView> appointments) {
        LocalDate today = LocalDate.now(clock.withZone(ProgrammeTime.ZONE));
        return appointments.stream().map(a -> row(a, today)).toList();
    }

    private AppointmentRow row(AppointmentView a, LocalDate today) {
        String file = fileUrl(a.kind(), a.subjectId().toString());
        String anchor = a.kind() == AppointmentKind.MATCH_EVALUATION ? "#eval-kop" : "#kennismakingen";
        return new AppointmentRow(
                a,
                WHEN.format(a.date().atTime(a.time())),
                title(screens, a),
                file,
                file + "?afspraak=" + a.id() + anchor,
                a.date().isBefore(today));
    }

    static String title(Screens screens, AppointmentView a) {
        String name = a.firstName() == null ? "" : a.firstName();
        return screens.text("appointment.title." + a.kind(), name).strip();
    }

    static String fileUrl(AppointmentKind kind, String subjectId) {
        return switch (kind) {
            case FAMILY_INTAKE -> "/gezinnen/" + subjectId;
            case SUPPORT_FAMILY_INTAKE -> "/steungezinnen/" + subjectId;
            case MATCH_EVALUATION -> "/koppelingen/" + subjectId;
        };
    }
}
