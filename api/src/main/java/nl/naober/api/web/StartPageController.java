package nl.naober.api.web;

import nl.naober.admin.municipality.MunicipalityRegistry;
import nl.naober.admin.municipality.MunicipalitySummary;
import nl.naober.api.security.CurrentUsers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The Dutch start page after login: who you are and which municipality or network you work for. */
@Controller
class StartPageController {

    private final MunicipalityRegistry registry;

    StartPageController(MunicipalityRegistry registry) {
        this.registry = registry;
    }

    @GetMapping("/")
    String start(Model model) {
        CurrentUsers.current().ifPresent(user -> {
            model.addAttribute("user", user);
            model.addAttribute("roleKey", "role." + user.role().realmRole());
            user.municipalityCode()
                    .flatMap(registry::findActiveMunicipality)
                    .map(MunicipalitySummary::name)
                    .ifPresent(name -> model.addAttribute("municipalityName", name));
        });
        return "start";
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
