package nl.naober.casefile.screens;

import java.util.UUID;
import nl.naober.family.FamilyService;
import nl.naober.family.FamilyStatus;
import nl.naober.family.FamilyStatusChange;
import nl.naober.family.FamilyView;
import nl.naober.family.LeaveReason;
import nl.naober.programme.EventDateException;
import nl.naober.programme.RuleViolationException;
import nl.naober.programme.StaleVersionException;
import nl.naober.programme.TransitionNotAllowedException;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A family's status on the screens: a step between the open states, leaving (declined or withdrawn, asked first
 * with a reason) and reopening one that left by mistake. Beside {@link FamilyScreens}, at the family's address.
 */
@CaseworkScreen
@StaffScreen
@Controller
@RequestMapping("/gezinnen")
@PreAuthorize("hasRole('COORDINATOR')")
class FamilyStatusScreens {

    /** The id of the date beside the status buttons on the family page. */
    private static final String STATUS_DATE = "status-changedOn";

    private final FamilyService families;
    private final Screens screens;
    private final CaseFileScreens files;
    private final CaseFileScreens.CaseFile<FamilyView> file;

    FamilyStatusScreens(FamilyService families, Screens screens, CaseFileScreens files) {
        this.families = families;
        this.screens = screens;
        this.files = files;
        this.file = FamilyScreens.file(families);
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
                    .redirect(file.page(id), redirect);
        }
        try {
            families.changeStatus(id, leaves ? form.toCommand() : step(form));
        } catch (EventDateException date) {
            if (leaves) {
                screens.rejectDate(result, date);
                return leavePage(families.get(id), target, model);
            }
            return screens.refusedDate(STATUS_DATE, form.getChangedOn(), date).redirect(file.page(id), redirect);
        } catch (TransitionNotAllowedException | StaleVersionException | RuleViolationException refused) {
            return files.refused(file, id, refused, redirect);
        }
        redirect.addFlashAttribute(
                "notice", screens.text(leaves ? "status.leave.notice." + target : "screen.notice.status"));
        return "redirect:/gezinnen/" + id;
    }

    /** A step within the open states: the status buttons send no reason, only the day it happened. */
    private static FamilyStatusChange step(LeaveForm form) {
        return new FamilyStatusChange(
                form.getTarget(), form.getVersion() == null ? -1 : form.getVersion(), null, null, form.getChangedOn());
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
            return files.refused(file, id, refused, redirect);
        }
        redirect.addFlashAttribute("notice", screens.text("status.reopen.notice"));
        return "redirect:/gezinnen/" + id;
    }
}
