package nl.naober.api.web.casework;

import java.time.Clock;
import java.time.LocalDate;
import nl.naober.core.work.MyWorkService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** "Mijn werk": what a coordinator should act on, for their own cases or the whole municipality. */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class MyWorkScreens {

    /** Below this many fitting support families a waiting family needs recruitment (about five per child). */
    static final int GOOD_DEPTH = 5;

    private final MyWorkService work;
    private final Screens screens;
    private final Clock clock;

    MyWorkScreens(MyWorkService work, Screens screens, Clock clock) {
        this.work = work;
        this.screens = screens;
        this.clock = clock;
    }

    @GetMapping("/werk")
    String overview(@RequestParam(defaultValue = "mine") String scope, Model model) {
        boolean all = "all".equals(scope);
        model.addAttribute("scope", all ? "all" : "mine");
        model.addAttribute("work", work.overview(all ? null : screens.username()));
        model.addAttribute("goodDepth", GOOD_DEPTH);
        model.addAttribute("today", LocalDate.now(clock));
        return "casework/werk";
    }
}
