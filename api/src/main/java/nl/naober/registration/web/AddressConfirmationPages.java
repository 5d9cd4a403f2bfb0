package nl.naober.registration.web;

import jakarta.servlet.http.HttpServletResponse;
import nl.naober.registration.AddressConfirmations;
import nl.naober.tenancy.Tenant;
import nl.naober.tenancy.TenantContext;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The link in the address-confirmation mail. Opening it shows a button; only pressing it confirms the address. Mail
 * filters and link previews open every link in a mail by themselves (a GET), and a GET that confirmed would let
 * them confirm an address whose owner never registered. An unknown, expired or used link gets one friendly page that
 * says nothing about whose address it was.
 */
@Controller
@RequestMapping("/aanmelden/{code}/bevestigen/{token}")
class AddressConfirmationPages {

    private static final String PAGE = "public/bevestigen";

    private final RegistrationDesks desks;
    private final AddressConfirmations confirmations;

    AddressConfirmationPages(RegistrationDesks desks, AddressConfirmations confirmations) {
        this.desks = desks;
        this.confirmations = confirmations;
    }

    @GetMapping
    String offer(@PathVariable String code, @PathVariable String token, HttpServletResponse response, Model model) {
        MunicipalityProgramme programme = desks.require(code);
        boolean open = TenantContext.call(Tenant.of(programme.code()), () -> confirmations.isOpen(token));
        model.addAttribute("token", token);
        return page(programme, open ? "offer" : "invalid", response, model);
    }

    @PostMapping
    String confirm(@PathVariable String code, @PathVariable String token, HttpServletResponse response, Model model) {
        MunicipalityProgramme programme = desks.require(code);
        AddressConfirmations.Outcome outcome =
                TenantContext.call(Tenant.of(programme.code()), () -> confirmations.confirm(token));
        return page(programme, outcome == AddressConfirmations.Outcome.CONFIRMED ? "done" : "invalid", response, model);
    }

    private static String page(
            MunicipalityProgramme programme, String state, HttpServletResponse response, Model model) {
        // The token is in this page's address: no other site may learn it from a Referer.
        response.setHeader("Referrer-Policy", "no-referrer");
        if ("invalid".equals(state)) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
        }
        model.addAttribute("programme", programme);
        model.addAttribute("state", state);
        return PAGE;
    }
}
