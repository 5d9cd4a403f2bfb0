package nl.naober.registration.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Period;
import nl.naober.programme.ProgrammeSettings;
import nl.naober.registration.NewPublicRegistration;
import nl.naober.registration.RegistrationChannel;
import nl.naober.registration.RegistrationKind;
import nl.naober.registration.RegistrationReceipt;
import nl.naober.retention.Retention;
import nl.naober.tenancy.Tenant;
import nl.naober.tenancy.TenantContext;
import nl.naober.web.ClientAddress;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public registration pages of one municipality, without a login: the choice, the form of a family
 * ({@code gezin}) and of a support family ({@code steungezin}), the thank-you page and the privacy statement. A
 * form with errors comes back with status 400, everything typed still in it; a sent form redirects to the
 * thank-you page, so reloading it sends nothing again.
 */
@Controller
@RequestMapping("/aanmelden/{code}")
class RegistrationPages {

    private static final String FORM = "public/formulier";
    private static final String FAMILY = "gezin";
    private static final String SUPPORT_FAMILY = "steungezin";

    private final RegistrationDesks desks;
    private final RegistrationIntake intake;
    private final FormErrors formErrors;
    private final ProgrammeSettings settings;
    private final long maxRequestBytes;

    private final Retention retention;

    RegistrationPages(
            RegistrationDesks desks,
            RegistrationIntake intake,
            FormErrors formErrors,
            ProgrammeSettings settings,
            Retention retention,
            RegistrationProperties properties) {
        this.retention = retention;
        this.desks = desks;
        this.intake = intake;
        this.formErrors = formErrors;
        this.settings = settings;
        this.maxRequestBytes = properties.maxRequestSize().toBytes();
    }

    @GetMapping
    String choice(@PathVariable String code, Model model) {
        model.addAttribute("programme", desks.require(code));
        return "public/aanmelden";
    }

    /** {@code gezin}: a family seeking support; {@code steungezin}: a would-be support family. */
    @GetMapping("/{form:" + FAMILY + "|" + SUPPORT_FAMILY + "}")
    String blankForm(
            @PathVariable String code,
            @PathVariable String form,
            @RequestParam(name = PublicRegistrationSecurity.NOT_SENT, required = false) String notSent,
            Model model) {
        model.addAttribute("registration", RegistrationForm.empty());
        model.addAttribute("notSent", notSent != null);
        return form(desks.require(code), kindOf(form), model);
    }

    @PostMapping("/{form:" + FAMILY + "|" + SUPPORT_FAMILY + "}")
    String register(
            @PathVariable String code,
            @PathVariable("form") String formPath,
            @ModelAttribute("registration") RegistrationForm form,
            BindingResult result,
            @RequestParam(name = "altcha", required = false) String altcha,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        MunicipalityProgramme programme = desks.require(code);
        RegistrationKind kind = kindOf(formPath);
        if (request.getContentLengthLong() > maxRequestBytes) {
            return tooLarge(programme, response, model);
        }
        NewPublicRegistration command = form.toCommand(kind);
        if (!formErrors.validate(command, result)) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("errors", formErrors.summary(result));
            return form(programme, kind, model);
        }
        RegistrationReceipt receipt;
        try {
            receipt = intake.submit(
                    programme,
                    command,
                    RegistrationChannel.FORM,
                    IdempotencyKey.fromForm(form.getToken()),
                    ClientAddress.of(request),
                    altcha);
        } catch (ChallengeRequired required) {
            return challenge(required, programme, kind, request, response, model);
        } catch (RateLimitExceeded exceeded) {
            // Nothing is lost: the form comes back as typed, with when to try again.
            model.addAttribute("retryAfterMinutes", exceeded.retryAfterMinutes());
            return tryAgainLater(exceeded.retryAfterSeconds(), programme, kind, response, model);
        }
        redirect.addFlashAttribute("thanks", Thanks.of(receipt, form.hasEmail()));
        return "redirect:/aanmelden/" + programme.code() + "/bedankt";
    }

    /** Only a script sends this much; echoing it back in a form would only help it. */
    private static String tooLarge(MunicipalityProgramme programme, HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("programme", programme);
        model.addAttribute("notice", "tooLarge");
        return "public/melding";
    }

    /** Past the allowance: the form comes back as typed, with the proof-of-work widget above the button. */
    private static String challenge(
            ChallengeRequired required,
            MunicipalityProgramme programme,
            RegistrationKind kind,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        model.addAttribute(
                "challengeUrl",
                request.getContextPath() + "/api/v1/public/municipalities/" + programme.code() + "/registrations"
                        + PublicRegistrationController.CHALLENGE);
        model.addAttribute("challengeMinutes", required.retryAfterMinutes());
        return tryAgainLater(required.retryAfterSeconds(), programme, kind, response, model);
    }

    /** 429 with Retry-After: the form again, as typed. */
    private static String tryAgainLater(
            long retryAfterSeconds,
            MunicipalityProgramme programme,
            RegistrationKind kind,
            HttpServletResponse response,
            Model model) {
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
        return form(programme, kind, model);
    }

    /** After a registration the flash attribute {@code thanks} holds the date; reloaded, the page says it without. */
    @GetMapping("/bedankt")
    String thanks(@PathVariable String code, Model model) {
        model.addAttribute("programme", desks.require(code));
        model.addAttribute("workingDays", desks.replyWithinWorkingDays());
        return "public/bedankt";
    }

    @GetMapping("/privacy")
    String privacy(@PathVariable String code, Model model) {
        MunicipalityProgramme programme = desks.require(code);
        model.addAttribute("programme", programme);
        model.addAttribute("consentVersion", desks.consentVersion());
        model.addAttribute(
                "retention", inWords(TenantContext.call(Tenant.of(programme.code()), settings::retentionPeriod)));
        model.addAttribute("logYears", retention.accessLogRetention().getYears());
        return "public/privacy";
    }

    private static String form(MunicipalityProgramme programme, RegistrationKind kind, Model model) {
        model.addAttribute("programme", programme);
        model.addAttribute("family", kind == RegistrationKind.FAMILY);
        model.addAttribute("formPath", kind == RegistrationKind.FAMILY ? FAMILY : SUPPORT_FAMILY);
        return FORM;
    }

    private static RegistrationKind kindOf(String formPath) {
        return FAMILY.equals(formPath) ? RegistrationKind.FAMILY : RegistrationKind.SUPPORT_FAMILY;
    }

    /** For the privacy statement: "2 jaar" reads better than "24 maanden". */
    static String inWords(Period period) {
        long months = period.toTotalMonths();
        if (months > 0 && months % 12 == 0) {
            return (months / 12) + " jaar";
        }
        return months == 1 ? "1 maand" : months + " maanden";
    }
}
