package nl.naober.casefile.screens;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import nl.naober.appointment.AppointmentKind;
import nl.naober.family.DuplicateFamilyException;
import nl.naober.family.FamilyFilter;
import nl.naober.family.FamilyService;
import nl.naober.family.FamilyStatus;
import nl.naober.family.FamilyStatusChange;
import nl.naober.family.FamilyView;
import nl.naober.family.LeaveReason;
import nl.naober.outcome.OutcomeMoment;
import nl.naober.programme.EventDateException;
import nl.naober.programme.RuleViolationException;
import nl.naober.programme.StaleVersionException;
import nl.naober.programme.TransitionNotAllowedException;
import nl.naober.web.FormFailure;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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
 * Families (vraaggezinnen): list, registration, editing, and the detail page with children, intakes, status and
 * notes.
 */
@Controller
@RequestMapping("/gezinnen")
@PreAuthorize("hasRole('COORDINATOR')")
class FamilyScreens {

    private static final String EDIT = "casework/gezin-bewerken";

    /** The id of the date beside the status buttons on the family page. */
    private static final String STATUS_DATE = "status-changedOn";

    private final FamilyService families;
    private final FamilyPageModel pageModel;
    private final Screens screens;
    private final Clock clock;
    private final OutcomeRecording outcomes;
    private final FileAppointments appointments;

    FamilyScreens(
            FamilyService families,
            FamilyPageModel pageModel,
            Screens screens,
            Clock clock,
            OutcomeRecording outcomes,
            FileAppointments appointments) {
        this.outcomes = outcomes;
        this.appointments = appointments;
        this.families = families;
        this.pageModel = pageModel;
        this.screens = screens;
        this.clock = clock;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) FamilyStatus status,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        Page<FamilyView> found = families.list(
                new FamilyFilter(q, status, null),
                PageRequest.of(
                        Math.max(page, 0),
                        Screens.PAGE_SIZE,
                        Sort.by(Sort.Order.desc("registrationDate"), Sort.Order.asc("parentName"))));
        model.addAttribute("q", q);
        model.addAttribute("status", status);
        model.addAttribute("page", found);
        model.addAttribute("pageLinks", screens.pageLinks(found));
        return "casework/gezinnen";
    }

    @GetMapping("/nieuw")
    String registrationForm(@RequestParam(name = "kinderen", defaultValue = "1") int childRows, Model model) {
        FamilyForm form = new FamilyForm();
        for (int row = 1; row < Math.min(childRows, FamilyForm.MAX_CHILD_ROWS); row++) {
            form.addChildRow();
        }
        model.addAttribute("familyForm", form);
        return "casework/gezin-nieuw";
    }

    /** "Nog een kind toevoegen": the same form again with what was typed and one more child row; nothing saved. */
    @PostMapping(path = "/nieuw", params = "addChild")
    String addChildRow(@ModelAttribute("familyForm") FamilyForm form, BindingResult result) {
        form.addChildRow();
        return "casework/gezin-nieuw";
    }

    @PostMapping("/nieuw")
    String register(
            @ModelAttribute("familyForm") FamilyForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!screens.validate(form.toCommand(), result)) {
            return "casework/gezin-nieuw";
        }
        FamilyView registered;
        try {
            registered = families.register(form.toCommand());
        } catch (DuplicateFamilyException | RuleViolationException refused) {
            model.addAttribute("problems", screens.problems(refused));
            return "casework/gezin-nieuw";
        }
        redirect.addFlashAttribute("notice", screens.text("screen.notice.registered"));
        return "redirect:/gezinnen/" + registered.id();
    }

    /** @param afspraak a planned intake visit to record: the intake form opens with its date filled in */
    @GetMapping("/{id}")
    String detail(@PathVariable UUID id, @RequestParam(required = false) UUID afspraak, Model model) {
        pageModel.fill(id, afspraak, model);
        if (!model.containsAttribute("childForm")) {
            model.addAttribute("childForm", new ChildForm());
        }
        if (!model.containsAttribute("intakeForm")) {
            model.addAttribute("intakeForm", IntakeForm.on(LocalDate.now(clock)));
        }
        if (!model.containsAttribute("noteForm")) {
            model.addAttribute("noteForm", new NoteForm());
        }
        return "casework/gezin";
    }

    @GetMapping("/{id}/bewerken")
    String editForm(@PathVariable UUID id, Model model) {
        FamilyView family = families.get(id);
        model.addAttribute("family", family);
        model.addAttribute("familyEditForm", FamilyEditForm.of(family));
        return EDIT;
    }

    /** An edit against the version it started from; when someone else saved first: 409, with both side by side. */
    @PostMapping("/{id}/bewerken")
    String edit(
            @PathVariable UUID id,
            @ModelAttribute("familyEditForm") FamilyEditForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        model.addAttribute("family", families.get(id));
        if (!screens.validate(form.toCommand(), result)) {
            return EDIT;
        }
        try {
            families.update(id, form.toCommand());
        } catch (StaleVersionException stale) {
            return staleEdit(id, form, model, response);
        } catch (DuplicateFamilyException | RuleViolationException refused) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("problems", screens.problems(refused));
            return EDIT;
        }
        redirect.addFlashAttribute("notice", screens.text("screen.notice.details"));
        return "redirect:/gezinnen/" + id;
    }

    @PostMapping("/{id}/notities")
    String addNote(
            @PathVariable UUID id,
            @ModelAttribute("noteForm") NoteForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        if (!screens.validate(form.toCommand(), result)) {
            return FormFailure.at(page(id), "notitie")
                    .form("noteForm", form, result)
                    .redirect(redirect);
        }
        families.addNote(id, form.toCommand());
        redirect.addFlashAttribute("notice", screens.text("screen.notice.note"));
        return "redirect:/gezinnen/" + id + "#tijdlijn";
    }

    /**
     * Declining or withdrawing asks first (issue 15): this page names what happens and asks why. The family page
     * links here instead of changing the status on one click.
     */
    @GetMapping("/{id}/status/{target}")
    String leaveConfirmation(@PathVariable UUID id, @PathVariable FamilyStatus target, Model model) {
        FamilyView family = families.get(id);
        if (target.isOpen() || !family.allowedTransitions().contains(target)) {
            return "redirect:/gezinnen/" + id;
        }
        model.addAttribute("leaveForm", LeaveForm.of(target, family.version()));
        return leavePage(family, target, model);
    }

    @PostMapping("/{id}/status")
    String changeStatus(
            @PathVariable UUID id,
            @ModelAttribute("leaveForm") LeaveForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        FamilyStatus target = form.getTarget();
        boolean leaves = target != null && !target.isOpen();
        if (leaves && !screens.validate(form.toCommand(), result)) {
            return leavePage(families.get(id), target, model);
        }
        if (!leaves && result.hasFieldErrors("changedOn")) {
            // not a day at all (a date input sends one or nothing): never read as today
            return new DateRefusal(STATUS_DATE, null, screens.text("screen.statusDate.invalid"))
                    .redirect(page(id), redirect);
        }
        try {
            families.changeStatus(
                    id,
                    leaves
                            ? form.toCommand()
                            : new FamilyStatusChange(
                                    target,
                                    form.getVersion() == null ? -1 : form.getVersion(),
                                    null,
                                    null,
                                    form.getChangedOn()));
        } catch (EventDateException date) {
            if (leaves) {
                screens.rejectDate(result, date);
                return leavePage(families.get(id), target, model);
            }
            return screens.refusedDate(STATUS_DATE, form.getChangedOn(), date).redirect(page(id), redirect);
        } catch (TransitionNotAllowedException | StaleVersionException | RuleViolationException refused) {
            return FormFailure.at(page(id), FormFailure.PROBLEMS)
                    .refused(screens.problems(refused))
                    .redirect(redirect);
        }
        redirect.addFlashAttribute(
                "notice", screens.text(leaves ? "status.leave.notice." + target : "screen.notice.status"));
        return "redirect:/gezinnen/" + id;
    }

    private String leavePage(FamilyView family, FamilyStatus target, Model model) {
        model.addAttribute("family", family);
        model.addAttribute("target", target);
        model.addAttribute("reasons", LeaveReason.offeredFor(target));
        return "casework/gezin-status";
    }

    /** A family declined or withdrawn by mistake: this page says where it goes back to and asks why. */
    @GetMapping("/{id}/heropenen")
    String reopenConfirmation(@PathVariable UUID id, Model model) {
        FamilyView family = families.get(id);
        if (family.reopensTo() == null) {
            return "redirect:/gezinnen/" + id;
        }
        model.addAttribute("family", family);
        model.addAttribute("reopenForm", ReopenForm.of(family.version()));
        return "casework/gezin-heropenen";
    }

    @PostMapping("/{id}/heropenen")
    String reopen(
            @PathVariable UUID id,
            @ModelAttribute("reopenForm") ReopenForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!screens.validate(form.toCommand(), result)) {
            model.addAttribute("family", families.get(id));
            return "casework/gezin-heropenen";
        }
        try {
            families.reopen(id, form.toCommand());
        } catch (EventDateException date) {
            screens.rejectDate(result, date);
            model.addAttribute("family", families.get(id));
            return "casework/gezin-heropenen";
        } catch (TransitionNotAllowedException | StaleVersionException | RuleViolationException refused) {
            return FormFailure.at(page(id), FormFailure.PROBLEMS)
                    .refused(screens.problems(refused))
                    .redirect(redirect);
        }
        redirect.addFlashAttribute("notice", screens.text("status.reopen.notice"));
        return "redirect:/gezinnen/" + id;
    }

    @PostMapping("/{id}/kinderen")
    String addChild(
            @PathVariable UUID id,
            @ModelAttribute("childForm") ChildForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        if (!screens.validate(form.toCommand(), result)) {
            return FormFailure.at(page(id), "kinderen")
                    .form("childForm", form, result)
                    .redirect(redirect);
        }
        families.addChild(id, form.toCommand());
        redirect.addFlashAttribute("notice", screens.text("screen.notice.child"));
        return "redirect:/gezinnen/" + id + "#kinderen";
    }

    @PostMapping("/{id}/intakes")
    String recordIntake(
            @PathVariable UUID id,
            @ModelAttribute("intakeForm") IntakeForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        boolean valid = screens.validate(form.toCommand(), result);
        if (!outcomes.validate(form, result) || !valid) {
            return FormFailure.at(page(id), "kennismakingen")
                    .form("intakeForm", form, result)
                    .redirect(redirect);
        }
        // a planned visit records the intake as its doing; either way the measure is stored with it, or neither
        try {
            outcomes.together(
                    () -> appointments.recordIntake(form, AppointmentKind.FAMILY_INTAKE, id)
                            ? id
                            : families.recordIntake(id, form.toCommand()).id(),
                    form.getMeasure(),
                    OutcomeMoment.INTAKE,
                    family -> family,
                    family -> null,
                    form.getVisitDate());
        } catch (EventDateException date) {
            screens.rejectDate(result, date);
            return FormFailure.at(page(id), "kennismakingen")
                    .form("intakeForm", form, result)
                    .redirect(redirect);
        }
        redirect.addFlashAttribute("notice", screens.text("screen.notice.intake"));
        return "redirect:/gezinnen/" + id + "#kennismakingen";
    }

    /** Keeps what was typed, shows what is stored now, and lets a new save replace the current version. */
    private String staleEdit(UUID id, FamilyEditForm form, Model model, HttpServletResponse response) {
        FamilyView current = families.get(id);
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        model.addAttribute("family", current);
        model.addAttribute("differences", form.differencesFrom(current, new Differences(screens)));
        form.setVersion(current.version());
        return EDIT;
    }

    private static String page(UUID id) {
        return "/gezinnen/" + id;
    }
}
