package nl.naober.casefile.screens;

import java.util.UUID;
import nl.naober.appointment.AppointmentKind;
import nl.naober.matching.FamilyPage;
import nl.naober.matching.FamilyPages;
import nl.naober.retention.ErasureRequests;
import nl.naober.retention.FileKind;
import nl.naober.timeline.Timeline;
import nl.naober.web.FormFailure;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;

/**
 * What the family page shows, read in one read-only transaction at a fixed number of queries whatever the number of
 * matches (issue 18 item 6): the family with its matches and their support families (three queries, {@link
 * FamilyPages}), then its timeline, erasure requests and planned visits. The model's attributes are those the page
 * always had, in the same order, so the access log records the same lines.
 */
@Component
class FamilyPageModel {

    private final FamilyPages pages;
    private final Timeline timeline;
    private final Screens screens;
    private final ErasureRequests erasures;
    private final FileAppointments appointments;

    FamilyPageModel(
            FamilyPages pages,
            Timeline timeline,
            Screens screens,
            ErasureRequests erasures,
            FileAppointments appointments) {
        this.pages = pages;
        this.timeline = timeline;
        this.screens = screens;
        this.erasures = erasures;
        this.appointments = appointments;
    }

    /** @param plannedVisit a planned intake visit to record: the intake form opens with its date filled in */
    @Transactional(readOnly = true)
    void fill(UUID id, UUID plannedVisit, Model model) {
        appointments.planned(plannedVisit, AppointmentKind.FAMILY_INTAKE, id).ifPresent(appointment -> {
            model.addAttribute("intakeForm", IntakeForm.from(appointment));
            model.addAttribute(FormFailure.FAILED_FORM, "kennismakingen");
        });
        FamilyPage page = pages.read(id);
        model.addAttribute("family", page.family());
        model.addAttribute("matches", page.matches());
        model.addAttribute(
                "timeline",
                screens.timeline(timeline.ofFamily(id, PageRequest.of(0, 50)).getContent()));
        ErasurePanel.onFilePage(model, erasures.about(FileKind.FAMILY, id));
        appointments.show(model, AppointmentKind.FAMILY_INTAKE, id);
    }
}
