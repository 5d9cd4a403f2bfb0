package nl.naober.work.screens;

import java.time.Clock;
import java.time.LocalDate;
import nl.naober.casefile.screens.AppointmentRows;
import nl.naober.casefile.screens.CaseworkScreen;
import nl.naober.casefile.screens.Screens;
import nl.naober.registration.InboxItem;
import nl.naober.registration.PublicRegistrations;
import nl.naober.web.StaffScreen;
import nl.naober.work.MyWork;
import nl.naober.work.MyWorkService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** "Mijn werk": what a coordinator should act on, for their own cases or the whole municipality. */
@CaseworkScreen
@StaffScreen
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class MyWorkScreens {

    /** The inbox shows this many; the rest follow as earlier ones are taken up. */
    static final int INBOX_SIZE = 50;

    private final MyWorkService work;
    private final PublicRegistrations registrations;
    private final Screens screens;
    private final Clock clock;
    private final int replyWithinWorkingDays;
    private final AppointmentRows appointmentRows;

    MyWorkScreens(
            MyWorkService work,
            PublicRegistrations registrations,
            Screens screens,
            Clock clock,
            @Value("${naober.registration.reply-within-working-days:5}") int replyWithinWorkingDays,
            AppointmentRows appointmentRows) {
        this.appointmentRows = appointmentRows;
        this.replyWithinWorkingDays = replyWithinWorkingDays;
        this.work = work;
        this.registrations = registrations;
        this.screens = screens;
        this.clock = clock;
    }

    @GetMapping("/werk")
    String overview(@RequestParam(defaultValue = "mine") String scope, Model model) {
        boolean all = "all".equals(scope);
        model.addAttribute("scope", all ? "all" : "mine");
        MyWork overview = work.overview(all ? null : screens.username());
        model.addAttribute("work", overview);
        model.addAttribute("appointments", appointmentRows.of(overview.appointments()));
        model.addAttribute("firstWeeks", MyWorkService.FIRST_WEEKS);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("today", today);
        Page<InboxItem> inbox = registrations.inbox(PageRequest.of(0, INBOX_SIZE));
        model.addAttribute(
                "inbox",
                inbox.getContent().stream()
                        .map(item -> InboxRow.of(item, today, replyWithinWorkingDays))
                        .toList());
        model.addAttribute("inboxTotal", inbox.getTotalElements());
        model.addAttribute("replyWithin", replyWithinWorkingDays);
        return "casework/werk";
    }
}
