package nl.naober.administration.screens;

import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import nl.naober.account.ApiTokens;
import nl.naober.account.CreatedApiToken;
import nl.naober.account.NewApiToken;
import nl.naober.municipality.MunicipalitySummary;
import nl.naober.programme.NotFoundException;
import nl.naober.programme.RuleViolationException;
import nl.naober.security.AdminScope;
import nl.naober.web.StaffScreen;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The API tokens of one user of a municipality, for its network admin (local mode): the list (never a token), a
 * form for a new one (shown once, on a page that is not cached, with a copy button) and revoking after a
 * confirmation. The same service and scope as the REST API.
 */
@StaffScreen
@Controller
@RequestMapping("/beheer/gemeenten/{code}/gebruikers/{username}/api-tokens")
@PreAuthorize("hasRole('NETWORK_ADMIN')")
class ApiTokenScreens {

    private final AdminScope scope;
    private final ApiTokens tokens;
    private final AdminScreens screens;

    ApiTokenScreens(AdminScope scope, ApiTokens tokens, AdminScreens screens) {
        this.scope = scope;
        this.tokens = tokens;
        this.screens = screens;
    }

    /** The form: a name and the last day it works (90 days ahead unless changed). */
    public static class TokenForm implements Serializable {

        private String name;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate expiresOn = LocalDate.now(ZoneOffset.UTC).plusDays(ApiTokens.DEFAULT_DAYS);

        NewApiToken toCommand() {
            return new NewApiToken(name, expiresOn);
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public LocalDate getExpiresOn() {
            return expiresOn;
        }

        public void setExpiresOn(LocalDate expiresOn) {
            this.expiresOn = expiresOn;
        }
    }

    @GetMapping
    String list(@PathVariable String code, @PathVariable String username, Model model) {
        if (!model.containsAttribute("tokenForm")) {
            model.addAttribute("tokenForm", new TokenForm());
        }
        return page(scope.administeredMunicipality(code), username, model);
    }

    @PostMapping
    String create(
            @PathVariable String code,
            @PathVariable String username,
            @ModelAttribute("tokenForm") TokenForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response) {
        MunicipalitySummary municipality = scope.administeredMunicipality(code);
        if (!screens.validate(form.toCommand(), result)) {
            return page(municipality, username, model);
        }
        CreatedApiToken created;
        try {
            created = tokens.create(municipality, username, form.toCommand());
        } catch (RuleViolationException refused) {
            result.rejectValue(
                    "expiresOn",
                    refused.rules().get(0),
                    screens.text(refused.rules().get(0)));
            return page(municipality, username, model);
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("municipality", municipality);
        model.addAttribute("created", created);
        return "admin/api-token-aangemaakt";
    }

    @GetMapping("/{id}/intrekken")
    String confirmRevoke(@PathVariable String code, @PathVariable String username, @PathVariable long id, Model model) {
        MunicipalitySummary municipality = scope.administeredMunicipality(code);
        model.addAttribute("municipality", municipality);
        model.addAttribute("username", username);
        model.addAttribute(
                "token",
                tokens.list(municipality, username).stream()
                        .filter(token -> token.id() == id && token.revokedAt() == null)
                        .findFirst()
                        .orElseThrow(() -> NotFoundException.of("api-token", null)));
        return "admin/api-token-intrekken";
    }

    @PostMapping("/{id}/intrekken")
    String revoke(
            @PathVariable String code,
            @PathVariable String username,
            @PathVariable long id,
            RedirectAttributes redirect) {
        tokens.revoke(scope.administeredMunicipality(code), username, id);
        redirect.addFlashAttribute("notice", screens.text("adminScreen.apiToken.revoked"));
        return "redirect:/beheer/gemeenten/" + code + "/gebruikers/" + username + "/api-tokens";
    }

    private String page(MunicipalitySummary municipality, String username, Model model) {
        model.addAttribute("municipality", municipality);
        model.addAttribute("username", username);
        model.addAttribute("tokens", tokens.list(municipality, username));
        return "admin/api-tokens";
    }
}
