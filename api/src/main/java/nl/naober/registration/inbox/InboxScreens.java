package nl.naober.registration.inbox;

import java.util.UUID;
import nl.naober.casefile.screens.CaseworkScreen;
import nl.naober.casefile.screens.Screens;
import nl.naober.registration.InboxItem;
import nl.naober.registration.PublicRegistrations;
import nl.naober.web.StaffScreen;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Taking up a self-registration from the inbox in "Mijn werk": it becomes the coordinator's. */
@CaseworkScreen
@StaffScreen
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class InboxScreens {

    private final PublicRegistrations registrations;
    private final Screens screens;

    InboxScreens(PublicRegistrations registrations, Screens screens) {
        this.registrations = registrations;
        this.screens = screens;
    }

    @PostMapping("/werk/aanmeldingen/{id}/oppakken")
    String takeUp(@PathVariable UUID id, RedirectAttributes redirect) {
        InboxItem item = registrations.handle(id, screens.username());
        boolean mine = screens.username().equals(item.handledBy());
        redirect.addFlashAttribute(
                "notice",
                screens.text(
                        mine ? "work.inbox.takenUp" : "work.inbox.takenUpBefore", item.firstName(), item.handledBy()));
        return item.familyId() != null
                ? "redirect:/gezinnen/" + item.familyId()
                : "redirect:/steungezinnen/" + item.supportFamilyId();
    }
}
