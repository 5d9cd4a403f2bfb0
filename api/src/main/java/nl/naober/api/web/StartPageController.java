package nl.naober.api.web;

import jakarta.servlet.http.HttpServletRequest;
import nl.naober.admin.municipality.MunicipalityRegistry;
import nl.naober.admin.municipality.MunicipalitySummary;
import nl.naober.admin.municipality.NetworkCatalog;
import nl.naober.api.security.CurrentUsers;
import nl.naober.api.security.LoginPage;
import nl.naober.api.security.SecurityMode;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The Dutch start page after login: who you are and which municipality or network you work for. */
@Controller
class StartPageController {

    private final MunicipalityRegistry registry;
    private final NetworkCatalog networks;
    private final boolean keycloak;

    StartPageController(MunicipalityRegistry registry, NetworkCatalog networks, Environment environment) {
        this.registry = registry;
        this.networks = networks;
        this.keycloak = SecurityMode.isKeycloak(environment);
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
            if (user.network() != null) {
                networks.findName(user.network()).ifPresent(name -> model.addAttribute("networkName", name));
            }
        });
        return "start";
    }

    /** Local mode: the login form. Keycloak mode: where a logout or a refused login lands, with a way back in. */
    @GetMapping("/login")
    String login(Model model, HttpServletRequest request) {
        model.addAttribute("keycloak", keycloak);
        LoginPage.throttledMinutes(request).ifPresent(minutes -> model.addAttribute("throttledMinutes", minutes));
        return "login";
    }
}
