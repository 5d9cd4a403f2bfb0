package nl.naober.monitoring.screens;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import nl.naober.identity.CurrentUser;
import nl.naober.monitoring.NetworkMonitoring;
import nl.naober.security.CurrentUsers;
import nl.naober.web.StaffScreen;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The network admin's screen: its own network's municipalities side by side, with the same period form. */
@StaffScreen
@Controller
@PreAuthorize("hasRole('NETWORK_ADMIN')")
class NetworkMonitoringScreens {

    private final NetworkMonitoring monitoring;
    private final Clock clock;

    NetworkMonitoringScreens(NetworkMonitoring monitoring, Clock clock) {
        this.monitoring = monitoring;
        this.clock = clock;
    }

    @GetMapping("/beheer/monitoring")
    String network(
            @RequestParam(required = false) String van,
            @RequestParam(required = false) String tot,
            Model model,
            HttpServletResponse response) {
        String network = CurrentUsers.current().map(CurrentUser::network).orElseThrow();
        PeriodForm form = PeriodForm.of(van, tot, LocalDate.now(clock));
        model.addAttribute("form", form);
        if (form.valid()) {
            model.addAttribute("report", monitoring.report(network, form.period()));
        } else {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        return "monitoring/netwerk";
    }
}
