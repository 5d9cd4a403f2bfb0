package nl.naober.administration.screens;

import nl.naober.municipality.MunicipalitySummary;
import nl.naober.programme.RuleViolationException;
import nl.naober.security.AdminScope;
import nl.naober.settings.PublicContact;
import nl.naober.web.StaffScreen;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Contact op de aanmeldpagina's" on the settings tab: the phone and e-mail the public pages show. */
@StaffScreen
@Controller
@RequestMapping("/beheer/gemeenten/{code}/contact")
@PreAuthorize("hasRole('NETWORK_ADMIN')")
class PublicContactScreens {

    private final AdminScope scope;
    private final PublicContact contacts;
    private final DetailPage detail;
    private final AdminScreens screens;

    PublicContactScreens(AdminScope scope, PublicContact contacts, DetailPage detail, AdminScreens screens) {
        this.scope = scope;
        this.contacts = contacts;
        this.detail = detail;
        this.screens = screens;
    }

    @PostMapping
    String change(
            @PathVariable String code,
            @RequestParam(defaultValue = "") String phone,
            @RequestParam(defaultValue = "") String email,
            Model model,
            RedirectAttributes redirect) {
        MunicipalitySummary municipality = scope.administeredMunicipality(code);
        PublicContact.Contact typed = new PublicContact.Contact(phone, email);
        try {
            contacts.change(municipality.code(), typed);
        } catch (RuleViolationException refused) {
            model.addAttribute("publicContactProblems", screens.problems(refused));
            model.addAttribute("publicContact", typed);
            return detail.show(code, 0, model);
        }
        redirect.addFlashAttribute("notice", screens.text("adminScreen.notice.publicContact"));
        return "redirect:/beheer/gemeenten/" + code + "#instellingen";
    }
}
