package nl.naober.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.naober.account.LocalAccounts;
import nl.naober.account.PasswordProblem;
import nl.naober.web.StaffScreen;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Conditional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Wachtwoord wijzigen" for every local account, and "Kies een nieuw wachtwoord" for one still on its one-time
 * password ({@link PasswordChangeRequired} leads it here). Keycloak mode has its own account console.
 */
@StaffScreen
@Controller
@RequestMapping(PasswordPage.PATH)
@Conditional(SecurityMode.Local.class)
class PasswordPage {

    static final String PATH = "/wachtwoord";

    /** The form; passwords are never put back into the page. */
    record PasswordForm(String currentPassword, String newPassword, String newPasswordRepeated) {}

    private final LocalAccounts accounts;
    private final MessageSource messages;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    PasswordPage(LocalAccounts accounts, MessageSource messages) {
        this.accounts = accounts;
        this.messages = messages;
    }

    @ModelAttribute("minLength")
    int minLength() {
        return LocalAccounts.MIN_PASSWORD_LENGTH;
    }

    @GetMapping
    String page(@AuthenticationPrincipal LocalUserDetails user, Model model) {
        model.addAttribute("forced", user.mustChangePassword());
        model.addAttribute("errors", Map.of());
        return "wachtwoord";
    }

    @PostMapping
    String change(
            @AuthenticationPrincipal LocalUserDetails user,
            @ModelAttribute PasswordForm form,
            Locale locale,
            Model model,
            RedirectAttributes redirect,
            HttpServletRequest request,
            HttpServletResponse response) {
        Map<String, String> errors = new LinkedHashMap<>();
        String newPassword = nullToEmpty(form.newPassword());
        if (!newPassword.equals(nullToEmpty(form.newPasswordRepeated()))) {
            errors.put("newPasswordRepeated", messages.getMessage("password.error.repeat", null, locale));
        } else {
            List<PasswordProblem> problems =
                    accounts.changePassword(user.getUsername(), nullToEmpty(form.currentPassword()), newPassword);
            for (PasswordProblem problem : problems) {
                String field = problem == PasswordProblem.CURRENT_WRONG ? "currentPassword" : "newPassword";
                errors.putIfAbsent(
                        field,
                        messages.getMessage(
                                "password.error." + problem.name(),
                                new Object[] {LocalAccounts.MIN_PASSWORD_LENGTH, LocalAccounts.MAX_PASSWORD_BYTES},
                                locale));
            }
        }
        if (!errors.isEmpty()) {
            model.addAttribute("forced", user.mustChangePassword());
            model.addAttribute("errors", errors);
            return "wachtwoord";
        }
        loggedInAgain(user, request, response);
        redirect.addFlashAttribute("changed", true);
        return "redirect:" + PATH;
    }

    /**
     * The session's login now knows the new state (no more redirects here), under a new session id: what the session
     * may do changed, as at a login.
     */
    private void loggedInAgain(LocalUserDetails before, HttpServletRequest request, HttpServletResponse response) {
        LocalUserDetails after = accounts.findByUsername(before.getUsername())
                .map(LocalUserDetails::new)
                .orElseThrow(() -> new IllegalStateException("the account is gone"));
        Authentication previous = SecurityContextHolder.getContext().getAuthentication();
        UsernamePasswordAuthenticationToken authentication =
                UsernamePasswordAuthenticationToken.authenticated(after, null, after.getAuthorities());
        authentication.setDetails(previous.getDetails());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        request.changeSessionId();
        contexts.saveContext(context, request, response);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
