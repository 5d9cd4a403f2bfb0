package nl.naober.shell;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import nl.naober.identity.CurrentUser;
import nl.naober.identity.Role;
import nl.naober.municipality.NetworkCatalog;
import nl.naober.security.CurrentUsers;
import nl.naober.security.LoginPage;
import nl.naober.security.SecurityMode;
import nl.naober.web.StaffScreen;
import org.springframework.core.env.Environment;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Where a login lands: each role on its work; the platform admin on a start page of its own. */
@StaffScreen
@Controller
class StartPageController {

    private final NetworkCatalog networks;
    private final boolean keycloak;

    StartPageController(NetworkCatalog networks, Environment environment) {
        this.networks = networks;
        this.keycloak = SecurityMode.isKeycloak(environment);
    }

    /**
     * Where a login lands (both modes send it to "/"): each role straight to its work. The platform admin, whose work
     * is the networks and their admins through the API, gets this page with the networks and the API's description.
     */
    @GetMapping("/")
    String start(Model model) {
        Optional<CurrentUser> current = CurrentUsers.current();
        Optional<String> work = current.map(CurrentUser::role).flatMap(StartPageController::workOf);
        if (work.isPresent()) {
            return "redirect:" + work.get();
        }
        current.ifPresent(user -> {
            model.addAttribute("user", user);
            model.addAttribute("roleKey", "role." + user.role().realmRole());
            if (user.role() == Role.PLATFORM_ADMIN) {
                model.addAttribute("networks", networks.list(PageRequest.of(0, 100, Sort.by("name"))));
            }
        });
        return "start";
    }

    /** The first screen of each role's work; empty where the role has no screens of its own. */
    static Optional<String> workOf(Role role) {
        return switch (role) {
            case COORDINATOR -> Optional.of("/werk");
            case POLICY_OFFICER -> Optional.of("/monitoring");
            case NETWORK_ADMIN -> Optional.of("/beheer");
            case PRIVACY_OFFICER -> Optional.of("/privacy/verzoeken");
            case PLATFORM_ADMIN -> Optional.empty();
        };
    }

    /** Local mode: the login form. Keycloak mode: where a logout or a refused login lands, with a way back in. */
    @GetMapping("/login")
    String login(Model model, HttpServletRequest request) {
        model.addAttribute("keycloak", keycloak);
        LoginPage.throttledMinutes(request).ifPresent(minutes -> model.addAttribute("throttledMinutes", minutes));
        return "login";
    }
}
