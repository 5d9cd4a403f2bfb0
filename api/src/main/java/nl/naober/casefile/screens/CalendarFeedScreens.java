package nl.naober.casefile.screens;

import java.time.format.DateTimeFormatter;
import nl.naober.appointment.CalendarFeeds;
import nl.naober.identity.CurrentUser;
import nl.naober.programme.ProgrammeTime;
import nl.naober.security.CurrentUsers;
import nl.naober.web.StaffScreen;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * "Agenda-koppeling": the coordinator makes, renews or revokes the address of their calendar feed. The address holds
 * a secret token that is shown once, right after it is made; Naober keeps only its hash.
 */
@StaffScreen
@Controller
@RequestMapping("/werk/agenda")
@PreAuthorize("hasRole('COORDINATOR')")
class CalendarFeedScreens {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d-M-yyyy HH:mm", Screens.DUTCH).withZone(ProgrammeTime.ZONE);

    private final CalendarFeeds feeds;
    private final Screens screens;

    CalendarFeedScreens(CalendarFeeds feeds, Screens screens) {
        this.feeds = feeds;
        this.screens = screens;
    }

    @GetMapping
    String page(Model model) {
        feeds.of(screens.username()).ifPresent(feed -> {
            model.addAttribute("feedCreated", WHEN.format(feed.createdAt()));
            model.addAttribute("feedRead", feed.lastReadAt() == null ? null : WHEN.format(feed.lastReadAt()));
        });
        return "casework/agenda";
    }

    /** Makes the feed, or a new address for it (the old one stops working at once). */
    @PostMapping
    String renew(RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.current().orElseThrow();
        String token = feeds.renew(user.username());
        String code = user.municipalityCode().orElseThrow();
        redirect.addFlashAttribute(
                "feedUrl",
                ServletUriComponentsBuilder.fromCurrentContextPath()
                        .pathSegment("agenda", code, token + ".ics")
                        .build()
                        .toUriString());
        redirect.addFlashAttribute("notice", screens.text("calendar.notice.made"));
        return "redirect:/werk/agenda";
    }

    @PostMapping("/intrekken")
    String revoke(RedirectAttributes redirect) {
        feeds.revoke(screens.username());
        redirect.addFlashAttribute("notice", screens.text("calendar.notice.revoked"));
        return "redirect:/werk/agenda";
    }
}
