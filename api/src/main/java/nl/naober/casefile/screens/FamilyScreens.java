package nl.naober.casefile.screens;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import nl.naober.appointment.AppointmentKind;
import nl.naober.family.DuplicateFamilyException;
import nl.naober.family.FamilyFilter;
import nl.naober.family.FamilyService;
import nl.naober.family.FamilyStatus;
import nl.naober.family.FamilyView;
import nl.naober.outcome.OutcomeMoment;
import nl.naober.programme.EventDateException;
import nl.naober.programme.RuleViolationException;
import nl.naober.web.FormFailure;
import nl.naober.web.StaffScreen;
import org.springframework.data.domain.Page;
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
@CaseworkScreen
@StaffScreen
@Controller
@RequestMapping("/gezinnen")
@PreAuthorize("hasRole('COORDINATOR')")
class FamilyScreens {

    private static final String EDIT = "casework/gezin-bewerken";

    private final FamilyService families;
    private final FamilyPageModel pageModel;
    private final Screens screens;
    private final CaseFileScreens files;
    private final CaseFileScreens.CaseFile<FamilyView> file;
    private final OutcomeRecording outcomes;
    private final FileAppointments appointments;

    FamilyScreens(
            FamilyService families,
            FamilyPageModel pageModel,
            Screens screens,
            CaseFileScreens files,
            OutcomeRecording outcomes,
            FileAppointments appointments) {
        this.outcomes = outcomes;
        this.appointments = appointments;
        this.families = families;
        this.pageModel = pageModel;
        this.screens = screens;
        this.files = files;
        this.file = file(families);
    }

    /** The family's file: its address, its edit page, how to read it. */
    static CaseFileScreens.CaseFile<FamilyView> file(FamilyService families) {
        return new CaseFileScreens.CaseFile<>("/gezinnen", "family", EDIT, families::get, FamilyView::version);
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) FamilyStatus status,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        Page<FamilyView> found = families.list(
                new FamilyFilter(q, status, null),
                files.page(page, Sort.by(Sort.Order.desc("registrationDate"), Sort.Order.asc("parentName"))));
        files.listed(model, q, status, found);
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
        files.openForms(model);
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
        return files.edit(file, id, form, families::update, result, model, response, redirect);
    }

    @PostMapping("/{id}/notities")
    String addNote(
            @PathVariable UUID id,
            @ModelAttribute("noteForm") NoteForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        return files.addNote(file, id, form, families::addNote, result, redirect);
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
            return files.intakeRefused(file, id, form, result, redirect);
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
            return files.intakeRefused(file, id, form, result, redirect);
        }
        return files.intakeRecorded(file, id, redirect);
    }

    private static String page(UUID id) {
        return "/gezinnen/" + id;
    }
}
