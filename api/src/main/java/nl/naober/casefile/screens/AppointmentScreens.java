package nl.naober.casefile.screens;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import nl.naober.appointment.AppointmentKind;
import nl.naober.appointment.AppointmentView;
import nl.naober.appointment.Appointments;
import nl.naober.programme.RuleViolationException;
import nl.naober.programme.StaleVersionException;
import nl.naober.web.StaffScreen;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Planning visits ("Bezoek plannen") from a family, support family or match page, and moving or cancelling one. A
 * form that is refused comes back on a page of its own, with the errors at the form; a success returns to the file.
 */
@StaffScreen
@Controller
@RequestMapping("/afspraken")
@PreAuthorize("hasRole('COORDINATOR')")
class AppointmentScreens {

    private static final String PAGE = "casework/afspraak";

    private final Appointments appointments;
    private final AppointmentRows rows;
    private final Screens screens;

    AppointmentScreens(Appointments appointments, AppointmentRows rows, Screens screens) {
        this.appointments = appointments;
        this.rows = rows;
        this.screens = screens;
    }

    @GetMapping("/nieuw")
    String planForm(@RequestParam AppointmentKind soort, @RequestParam UUID voor, Model model) {
        model.addAttribute("appointmentForm", AppointmentForm.forFile(soort, voor));
        return planPage(soort, voor, model);
    }

    @PostMapping
    String plan(
            @ModelAttribute("appointmentForm") AppointmentForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (form.getKind() == null || form.getSubjectId() == null) {
            return "redirect:/werk";
        }
        if (!screens.validate(form.toCommand(), result)) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return planPage(form.getKind(), form.getSubjectId(), model);
        }
        AppointmentView planned = appointments.plan(form.toCommand());
        redirect.addFlashAttribute("notice", screens.text("appointment.notice.planned"));
        return "redirect:"
                + AppointmentRows.fileUrl(planned.kind(), planned.subjectId().toString()) + "#afspraken";
    }

    @GetMapping("/{id}/verplaatsen")
    String moveForm(@PathVariable UUID id, Model model) {
        AppointmentView appointment = appointments.get(id);
        model.addAttribute("appointmentForm", AppointmentForm.of(appointment));
        return movePage(appointment, model);
    }

    @PostMapping("/{id}/verplaatsen")
    String move(
            @PathVariable UUID id,
            @ModelAttribute("appointmentForm") AppointmentForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        AppointmentView appointment = appointments.get(id);
        if (!screens.validate(form.toMove(), result)) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return movePage(appointment, model);
        }
        try {
            appointments.move(id, form.toMove());
        } catch (StaleVersionException | RuleViolationException refused) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("problems", screens.problems(refused));
            form.setVersion(appointments.get(id).version());
            return movePage(appointment, model);
        }
        redirect.addFlashAttribute("notice", screens.text("appointment.notice.moved"));
        return "redirect:"
                + AppointmentRows.fileUrl(
                        appointment.kind(), appointment.subjectId().toString()) + "#afspraken";
    }

    @PostMapping("/{id}/annuleren")
    String cancel(
            @PathVariable UUID id,
            @RequestParam(required = false) Long version,
            @RequestParam(required = false) String terug,
            RedirectAttributes redirect) {
        AppointmentView appointment = appointments.get(id);
        try {
            appointments.cancel(id, version);
            redirect.addFlashAttribute("notice", screens.text("appointment.notice.cancelled"));
        } catch (StaleVersionException | RuleViolationException refused) {
            redirect.addFlashAttribute("problems", screens.problems(refused));
        }
        if ("werk".equals(terug)) {
            return "redirect:/werk#afspraken";
        }
        return "redirect:"
                + AppointmentRows.fileUrl(
                        appointment.kind(), appointment.subjectId().toString()) + "#afspraken";
    }

    private String planPage(AppointmentKind kind, UUID subjectId, Model model) {
        model.addAttribute("mode", "plan");
        model.addAttribute("action", "/afspraken");
        model.addAttribute("heading", screens.text("appointment.plan.heading." + kind));
        model.addAttribute("back", AppointmentRows.fileUrl(kind, subjectId.toString()));
        return PAGE;
    }

    private String movePage(AppointmentView appointment, Model model) {
        model.addAttribute("mode", "move");
        model.addAttribute("appointment", appointment);
        model.addAttribute("action", "/afspraken/" + appointment.id() + "/verplaatsen");
        model.addAttribute("heading", AppointmentRows.title(screens, appointment));
        model.addAttribute(
                "back",
                AppointmentRows.fileUrl(
                        appointment.kind(), appointment.subjectId().toString()));
        return PAGE;
    }

    /** What every file page with appointments needs: its planned visits and an empty "Bezoek plannen" form. */
    static void onFilePage(
            Model model, List<AppointmentRows.AppointmentRow> planned, AppointmentKind kind, UUID subjectId) {
        model.addAttribute("appointments", planned);
        if (!model.containsAttribute("appointmentForm")) {
            model.addAttribute("appointmentForm", AppointmentForm.forFile(kind, subjectId));
        }
    }
}
