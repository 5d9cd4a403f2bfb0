package nl.naober.casefile.screens;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.naober.appointment.AppointmentKind;
import nl.naober.matching.MatchService;
import nl.naober.programme.EventDateException;
import nl.naober.programme.RuleViolationException;
import nl.naober.programme.StaleVersionException;
import nl.naober.programme.TransitionNotAllowedException;
import nl.naober.supportfamily.SupportFamilyFilter;
import nl.naober.supportfamily.SupportFamilyService;
import nl.naober.supportfamily.SupportFamilyStatus;
import nl.naober.supportfamily.SupportFamilyStatusChange;
import nl.naober.supportfamily.SupportFamilyView;
import nl.naober.supportfamily.VogReceipt;
import nl.naober.supportfamily.VogRequest;
import nl.naober.supportfamily.VogStatus;
import nl.naober.supportfamily.VogView;
import nl.naober.web.FormFailure;
import nl.naober.web.StaffScreen;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
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
 * Support families (steungezinnen): list, registration, editing what they offer, and the detail page with members,
 * VOGs, intakes and notes.
 */
@CaseworkScreen
@StaffScreen
@Controller
@RequestMapping("/steungezinnen")
@PreAuthorize("hasRole('COORDINATOR')")
class SupportFamilyScreens {

    private static final String EDIT = "casework/steungezin-bewerken";

    private final SupportFamilyService supportFamilies;
    private final MatchService matches;
    private final SupportFamilyPageModel pageModel;
    private final Screens screens;
    private final CaseFileScreens files;
    private final CaseFileScreens.CaseFile<SupportFamilyView> file;
    private final FileAppointments appointments;

    SupportFamilyScreens(
            SupportFamilyService supportFamilies,
            MatchService matches,
            SupportFamilyPageModel pageModel,
            Screens screens,
            CaseFileScreens files,
            FileAppointments appointments) {
        this.appointments = appointments;
        this.supportFamilies = supportFamilies;
        this.matches = matches;
        this.pageModel = pageModel;
        this.screens = screens;
        this.files = files;
        this.file = new CaseFileScreens.CaseFile<>(
                "/steungezinnen", "supportFamily", EDIT, supportFamilies::get, SupportFamilyView::version);
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) SupportFamilyStatus status,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        Page<SupportFamilyView> found =
                supportFamilies.list(new SupportFamilyFilter(q, status), files.page(page, Sort.by("householdName")));
        files.listed(model, q, status, found);
        model.addAttribute("freePlaces", freePlaces(found.getContent()));
        return "casework/steungezinnen";
    }

    /** Capacity minus the children in open matches, per support family of the page: one query for the page. */
    private Map<UUID, Integer> freePlaces(List<SupportFamilyView> shown) {
        Map<UUID, Integer> placed =
                matches.childrenPlaced(shown.stream().map(SupportFamilyView::id).toList());
        Map<UUID, Integer> free = new HashMap<>();
        shown.forEach(f -> free.put(f.id(), Math.max(0, f.capacity() - placed.getOrDefault(f.id(), 0))));
        return free;
    }

    @GetMapping("/nieuw")
    String registrationForm(Model model) {
        model.addAttribute("supportFamilyForm", new SupportFamilyForm());
        return "casework/steungezin-nieuw";
    }

    @PostMapping("/nieuw")
    String register(
            @ModelAttribute("supportFamilyForm") SupportFamilyForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!screens.validate(form.toCommand(), result)) {
            return "casework/steungezin-nieuw";
        }
        SupportFamilyView registered;
        try {
            registered = supportFamilies.register(form.toCommand());
        } catch (EventDateException date) {
            screens.rejectDate(result, date);
            return "casework/steungezin-nieuw";
        } catch (RuleViolationException refused) {
            model.addAttribute("problems", screens.problems(refused));
            return "casework/steungezin-nieuw";
        }
        redirect.addFlashAttribute("notice", screens.text("screen.notice.supportFamilyRegistered"));
        return "redirect:/steungezinnen/" + registered.id();
    }

    /** @param afspraak a planned intake visit to record: the intake form opens with its date filled in */
    @GetMapping("/{id}")
    String detail(@PathVariable UUID id, @RequestParam(required = false) UUID afspraak, Model model) {
        pageModel.fill(id, afspraak, model);
        if (!model.containsAttribute("memberForm")) {
            model.addAttribute("memberForm", new MemberForm());
        }
        files.openForms(model);
        return "casework/steungezin";
    }

    @GetMapping("/{id}/bewerken")
    String editForm(@PathVariable UUID id, Model model) {
        SupportFamilyView supportFamily = supportFamilies.get(id);
        model.addAttribute("supportFamily", supportFamily);
        model.addAttribute("supportFamilyEditForm", SupportFamilyEditForm.of(supportFamily));
        return EDIT;
    }

    /** An edit against the version it started from; when someone else saved first: 409, with both side by side. */
    @PostMapping("/{id}/bewerken")
    String edit(
            @PathVariable UUID id,
            @ModelAttribute("supportFamilyEditForm") SupportFamilyEditForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return files.edit(file, id, form, supportFamilies::update, result, model, response, redirect);
    }

    @PostMapping("/{id}/notities")
    String addNote(
            @PathVariable UUID id,
            @ModelAttribute("noteForm") NoteForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        return files.addNote(file, id, form, supportFamilies::addNote, result, redirect);
    }

    @PostMapping("/{id}/status")
    String changeStatus(
            @PathVariable UUID id,
            @RequestParam SupportFamilyStatus target,
            @RequestParam long version,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate changedOn,
            RedirectAttributes redirect) {
        try {
            supportFamilies.changeStatus(id, new SupportFamilyStatusChange(target, version, changedOn));
        } catch (EventDateException date) {
            return screens.refusedDate("status-changedOn", changedOn, date).redirect(page(id), redirect);
        } catch (TransitionNotAllowedException | StaleVersionException | RuleViolationException refused) {
            return files.refused(file, id, refused, redirect);
        }
        redirect.addFlashAttribute("notice", screens.text("screen.notice.status"));
        return "redirect:/steungezinnen/" + id;
    }

    @PostMapping("/{id}/leden")
    String addMember(
            @PathVariable UUID id,
            @ModelAttribute("memberForm") MemberForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        if (!screens.validate(form.toCommand(), result)) {
            return FormFailure.at(page(id), "gezinsleden")
                    .form("memberForm", form, result)
                    .redirect(redirect);
        }
        supportFamilies.addMember(id, form.toCommand());
        redirect.addFlashAttribute("notice", screens.text("screen.notice.member"));
        return "redirect:/steungezinnen/" + id + "#gezinsleden";
    }

    @PostMapping("/{id}/leden/{memberId}/vog-aanvraag")
    String requestVog(
            @PathVariable UUID id,
            @PathVariable UUID memberId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate requestedOn,
            RedirectAttributes redirect) {
        VogRequest request = new VogRequest(requestedOn, null);
        List<String> problems = screens.violations(request);
        if (!problems.isEmpty()) {
            return FormFailure.at(page(id), FormFailure.PROBLEMS)
                    .refused(problems)
                    .redirect(redirect);
        }
        supportFamilies.requestVog(id, memberId, request);
        redirect.addFlashAttribute("notice", screens.text("screen.notice.vogRequested"));
        return "redirect:/steungezinnen/" + id + "#gezinsleden";
    }

    /** A VOG arrived: completes the open request, or enters an existing VOG when none was requested here. */
    @PostMapping("/{id}/leden/{memberId}/vog-ontvangen")
    String receiveVog(
            @PathVariable UUID id,
            @PathVariable UUID memberId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn,
            RedirectAttributes redirect) {
        VogReceipt receipt = new VogReceipt(null, issuedOn);
        List<String> problems = screens.violations(receipt);
        if (!problems.isEmpty()) {
            return FormFailure.at(page(id), FormFailure.PROBLEMS)
                    .refused(problems)
                    .redirect(redirect);
        }
        Optional<VogView> open = supportFamilies.get(id).members().stream()
                .filter(m -> m.id().equals(memberId))
                .flatMap(m -> m.certificates().stream())
                .filter(c -> c.status() == VogStatus.REQUESTED)
                .max(Comparator.comparing(VogView::requestedOn));
        if (open.isPresent()) {
            supportFamilies.receiveVog(id, memberId, open.get().id(), receipt);
        } else {
            supportFamilies.requestVog(id, memberId, new VogRequest(null, issuedOn));
        }
        redirect.addFlashAttribute("notice", screens.text("screen.notice.vogReceived"));
        return "redirect:/steungezinnen/" + id + "#gezinsleden";
    }

    @PostMapping("/{id}/intakes")
    String recordIntake(
            @PathVariable UUID id,
            @ModelAttribute("intakeForm") IntakeForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        if (!screens.validate(form.toCommand(), result)) {
            return files.intakeRefused(file, id, form, result, redirect);
        }
        try {
            if (!appointments.recordIntake(form, AppointmentKind.SUPPORT_FAMILY_INTAKE, id)) {
                supportFamilies.recordIntake(id, form.toCommand());
            }
        } catch (EventDateException date) {
            screens.rejectDate(result, date);
            return files.intakeRefused(file, id, form, result, redirect);
        }
        return files.intakeRecorded(file, id, redirect);
    }

    private static String page(UUID id) {
        return "/steungezinnen/" + id;
    }
}
