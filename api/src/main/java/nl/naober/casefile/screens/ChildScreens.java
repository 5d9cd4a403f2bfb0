package nl.naober.casefile.screens;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import nl.naober.family.ChildView;
import nl.naober.family.FamilyService;
import nl.naober.family.FamilyView;
import nl.naober.matching.MatchService;
import nl.naober.programme.NotFoundException;
import nl.naober.programme.RuleViolationException;
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
 * One child of a family: correcting it, and removing it after a confirmation that says what goes (a child in an
 * open match stays: 409, naming the match).
 */
@CaseworkScreen
@StaffScreen
@Controller
@RequestMapping("/gezinnen/{id}/kinderen/{childId}")
@PreAuthorize("hasRole('COORDINATOR')")
class ChildScreens {

    private static final String PAGE = "casework/gezin-kind";

    private final FamilyService families;
    private final MatchService matches;
    private final Screens screens;

    ChildScreens(FamilyService families, MatchService matches, Screens screens) {
        this.families = families;
        this.matches = matches;
        this.screens = screens;
    }

    @GetMapping("/bewerken")
    String editForm(@PathVariable UUID id, @PathVariable UUID childId, Model model) {
        ChildView child = show(id, childId, false, model);
        model.addAttribute("childForm", ChildForm.of(child, ((FamilyView) model.getAttribute("family")).version()));
        return PAGE;
    }

    @PostMapping("/bewerken")
    String edit(
            @PathVariable UUID id,
            @PathVariable UUID childId,
            @ModelAttribute("childForm") ChildForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        show(id, childId, false, model);
        if (!screens.validate(form.toUpdate(), result)) {
            return PAGE;
        }
        families.updateChild(id, childId, form.toUpdate());
        redirect.addFlashAttribute("notice", screens.text("screen.notice.childChanged", form.getFirstName()));
        return "redirect:/gezinnen/" + id + "#kinderen";
    }

    @GetMapping("/verwijderen")
    String confirmRemoval(@PathVariable UUID id, @PathVariable UUID childId, Model model) {
        show(id, childId, true, model);
        return PAGE;
    }

    @PostMapping("/verwijderen")
    String remove(
            @PathVariable UUID id,
            @PathVariable UUID childId,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        ChildView child = show(id, childId, true, model);
        try {
            families.removeChild(id, childId);
        } catch (RuleViolationException refused) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return PAGE;
        }
        redirect.addFlashAttribute("notice", screens.text("screen.notice.childRemoved", child.firstName()));
        return "redirect:/gezinnen/" + id + "#kinderen";
    }

    /** The family and child on the page; for a removal also the open match that would stop it, if any. */
    private ChildView show(UUID id, UUID childId, boolean removal, Model model) {
        FamilyView family = families.get(id);
        ChildView child = family.children().stream()
                .filter(c -> c.id().equals(childId))
                .findFirst()
                .orElseThrow(() -> NotFoundException.of("child", childId));
        model.addAttribute("family", family);
        model.addAttribute("child", child);
        model.addAttribute("removal", removal);
        if (removal) {
            matches.openMatchOf(id)
                    .filter(match -> match.childIds().contains(childId))
                    .ifPresent(match -> model.addAttribute("blockingMatch", match));
        }
        return child;
    }
}
