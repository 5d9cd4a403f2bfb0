package nl.naober.administration.screens;

import java.util.Map;
import nl.naober.administration.outbox.MunicipalOutboxes;
import nl.naober.web.StaffScreen;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "E-mail": a municipality's outbox, newest first, for the network admin of its network (not the platform admin: no case data), with
 * each mail's status, attempts and the server's last error, so "my mail did not arrive" can be answered.
 */
@StaffScreen
@Controller
@RequestMapping("/beheer/gemeenten/{code}/e-mail")
class OutboxScreens {

    static final Map<String, String> PURPOSES = Map.of(
            "NEW_REGISTRATION", "Nieuwe aanmelding",
            "REGISTRATION_CONFIRMATION", "Bevestiging aan aanmelder",
            "ADDRESS_CONFIRMATION", "Link om e-mailadres te bevestigen",
            "DAILY_DIGEST", "Dagelijks overzicht");
    static final Map<String, String> STATUSES =
            Map.of("PENDING", "Wacht op verzending", "SENT", "Verstuurd", "HELD", "Wacht tot het adres is bevestigd");

    private final MunicipalOutboxes outboxes;
    private final AdminScreens screens;

    OutboxScreens(MunicipalOutboxes outboxes, AdminScreens screens) {
        this.outboxes = outboxes;
        this.screens = screens;
    }

    @GetMapping
    @PreAuthorize("hasRole('NETWORK_ADMIN')")
    String show(@PathVariable String code, @RequestParam(defaultValue = "0") int pagina, Model model) {
        MunicipalOutboxes.OutboxPage outbox = outboxes.page(code, Math.max(pagina, 0), AdminScreens.PAGE_SIZE);
        model.addAttribute("municipality", outbox.municipality());
        model.addAttribute("mails", outbox.mails());
        model.addAttribute("mailServerConfigured", outbox.mailServerConfigured());
        model.addAttribute("pageLinks", screens.pageLinks(outbox.mails(), "pagina", null));
        model.addAttribute("purposes", PURPOSES);
        model.addAttribute("statuses", STATUSES);
        return "admin/e-mail";
    }
}
