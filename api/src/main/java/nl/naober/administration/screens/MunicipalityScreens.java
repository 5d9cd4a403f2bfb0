package nl.naober.administration.screens;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import nl.naober.approval.ApprovalKind;
import nl.naober.approval.PrivacyApprovals;
import nl.naober.municipality.InvalidMunicipalityException;
import nl.naober.municipality.MunicipalityAdministration;
import nl.naober.municipality.MunicipalityDetails;
import nl.naober.municipality.MunicipalityStatus;
import nl.naober.programme.RuleViolationException;
import nl.naober.web.FormFailure;
import nl.naober.web.StaffScreen;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
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
 * The network admin's municipalities ("Beheer"): the list with status, the onboarding wizard and its result with
 * the provisioning steps (retry, cancel), the detail page, suspension, reactivation and offboarding. Only the
 * caller's own network: another network's municipality is the same 404 page as an unknown code.
 */
@StaffScreen
@Controller
@RequestMapping("/beheer")
@PreAuthorize("hasRole('NETWORK_ADMIN')")
class MunicipalityScreens {

    private static final String NEW = "admin/gemeente-nieuw";
    private static final String SUSPEND = "admin/opschorten";

    private final MunicipalityAdministration administration;
    private final DetailPage detail;
    private final AdminScreens screens;

    private final PrivacyApprovals approvals;

    MunicipalityScreens(
            MunicipalityAdministration administration,
            DetailPage detail,
            AdminScreens screens,
            PrivacyApprovals approvals) {
        this.approvals = approvals;
        this.administration = administration;
        this.detail = detail;
        this.screens = screens;
    }

    /** A municipality in the list: its details and the status in words. */
    record Row(MunicipalityDetails municipality, String statusText) {}

    /** A provisioning step and how far it got: DONE, BUSY, FAILED or PENDING. */
    record Step(String key, String state) {}

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        Page<MunicipalityDetails> found = administration.list(
                AdminScreens.network(), PageRequest.of(Math.max(page, 0), AdminScreens.PAGE_SIZE, Sort.by("name")));
        model.addAttribute("page", found);
        model.addAttribute(
                "rows", found.map(m -> new Row(m, detail.statusText(m))).getContent());
        model.addAttribute("pageLinks", screens.pageLinks(found, "page", null));
        return "admin/gemeenten";
    }

    @GetMapping("/gemeenten/nieuw")
    String onboardingForm(Model model) {
        model.addAttribute("onboardingForm", new OnboardingForm());
        return NEW;
    }

    @PostMapping("/gemeenten/nieuw")
    String onboard(
            @Valid @ModelAttribute("onboardingForm") OnboardingForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return NEW;
        }
        MunicipalityDetails onboarded;
        try {
            onboarded = administration.onboard(AdminScreens.network(), form.toCommand());
        } catch (RuleViolationException refused) {
            model.addAttribute("problems", screens.problems(refused));
            return NEW;
        } catch (InvalidMunicipalityException invalid) {
            model.addAttribute(
                    "problems", invalid.problems().stream().map(screens::text).toList());
            return NEW;
        }
        return "redirect:/beheer/gemeenten/" + onboarded.code() + "/inrichting";
    }

    /** The result of an onboarding (or a retry): the steps, done or failed with the reason. */
    @GetMapping("/gemeenten/{code}/inrichting")
    String progress(@PathVariable String code, Model model) {
        MunicipalityDetails municipality = administration.get(AdminScreens.network(), code);
        model.addAttribute("municipality", municipality);
        model.addAttribute("statusText", detail.statusText(municipality));
        model.addAttribute("steps", steps(municipality));
        return "admin/inrichting";
    }

    @PostMapping("/gemeenten/{code}/opnieuw")
    String retry(@PathVariable String code, RedirectAttributes redirect) {
        try {
            administration.retry(AdminScreens.network(), code);
        } catch (RuleViolationException refused) {
            redirect.addFlashAttribute("problems", screens.problems(refused));
        }
        return "redirect:/beheer/gemeenten/" + code + "/inrichting";
    }

    @GetMapping("/gemeenten/{code}/annuleren")
    String cancelConfirmation(@PathVariable String code, Model model) {
        model.addAttribute("municipality", administration.get(AdminScreens.network(), code));
        return "admin/annuleren";
    }

    @PostMapping("/gemeenten/{code}/annuleren")
    String cancel(@PathVariable String code, RedirectAttributes redirect) {
        MunicipalityDetails municipality = administration.get(AdminScreens.network(), code);
        try {
            administration.cancel(AdminScreens.network(), code);
        } catch (RuleViolationException refused) {
            redirect.addFlashAttribute("problems", screens.problems(refused));
            return "redirect:/beheer/gemeenten/" + code + "/inrichting";
        }
        redirect.addFlashAttribute("notice", screens.text("adminScreen.notice.cancelled", municipality.name()));
        return "redirect:/beheer";
    }

    @GetMapping("/gemeenten/{code}")
    String show(
            @PathVariable String code,
            @RequestParam(defaultValue = "0") int logboek,
            @RequestParam(defaultValue = "0") int uitgaven,
            Model model) {
        return detail.show(code, logboek, uitgaven, model);
    }

    /** Suspending asks first (issue 15): what it does to the municipality's people, and why. */
    @GetMapping("/gemeenten/{code}/opschorten")
    String suspendConfirmation(@PathVariable String code, Model model) {
        MunicipalityDetails municipality = administration.get(AdminScreens.network(), code);
        if (municipality.status() != MunicipalityStatus.ACTIVE) {
            return "redirect:/beheer/gemeenten/" + code;
        }
        model.addAttribute("municipality", municipality);
        return SUSPEND;
    }

    @PostMapping("/gemeenten/{code}/opschorten")
    String suspend(
            @PathVariable String code,
            @RequestParam(required = false) String reason,
            Model model,
            RedirectAttributes redirect) {
        MunicipalityDetails municipality = administration.get(AdminScreens.network(), code);
        String error = reason == null || reason.isBlank()
                ? "municipality.suspend.reason.required"
                : reason.strip().length() > 1000 ? "field.max1000" : null;
        if (error != null) {
            model.addAttribute("municipality", municipality);
            model.addAttribute("reason", reason);
            model.addAttribute("reasonError", screens.text(error));
            return SUSPEND;
        }
        return change(
                code,
                redirect,
                "adminScreen.notice.suspended",
                () -> administration.suspend(AdminScreens.network(), code, reason));
    }

    @PostMapping("/gemeenten/{code}/heractiveren")
    String reactivate(@PathVariable String code, RedirectAttributes redirect) {
        return change(
                code,
                redirect,
                "adminScreen.notice.reactivated",
                () -> administration.reactivate(AdminScreens.network(), code));
    }

    /**
     * The offboarding export, served by the REST API's endpoint (same checks, same approval, same recorded export);
     * the form's {@code scope} goes along.
     */
    @PostMapping("/gemeenten/{code}/export")
    String export(@PathVariable String code) {
        MunicipalityDetails municipality = administration.exportable(AdminScreens.network(), code);
        return "forward:/api/v1/admin/municipalities/" + municipality.code() + "/export";
    }

    /** Asks the municipality's privacy officer to approve an export with case data or the removal. */
    @PostMapping("/gemeenten/{code}/goedkeuring")
    String requestApproval(
            @PathVariable String code,
            @RequestParam(required = false) ApprovalKind kind,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        MunicipalityDetails municipality = administration.get(AdminScreens.network(), code);
        return change(
                code,
                redirect,
                "adminScreen.approval.requested",
                () -> approvals.request(
                        municipality.networkCode(),
                        municipality.code(),
                        kind == null ? ApprovalKind.EXPORT : kind,
                        reason,
                        AdminScreens.username()));
    }

    @PostMapping("/gemeenten/{code}/verwijderen")
    String remove(
            @PathVariable String code, @RequestParam(required = false) String confirm, RedirectAttributes redirect) {
        MunicipalityDetails municipality = administration.get(AdminScreens.network(), code);
        try {
            administration.remove(AdminScreens.network(), code, confirm, AdminScreens.username());
        } catch (RuleViolationException refused) {
            redirect.addFlashAttribute("confirm", confirm);
            return FormFailure.at("/beheer/gemeenten/" + code, "offboarding")
                    .refused(
                            "removalProblems",
                            refused.rules().stream()
                                    .map(rule -> MunicipalityAdministration.RULE_CONFIRMATION.equals(rule)
                                            ? screens.text(
                                                    "adminScreen.offboarding.confirmMismatch", municipality.code())
                                            : screens.text(rule))
                                    .toList())
                    .redirect(redirect);
        }
        redirect.addFlashAttribute("notice", screens.text("adminScreen.notice.removed", municipality.name()));
        return "redirect:/beheer";
    }

    private String change(String code, RedirectAttributes redirect, String notice, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", screens.text(notice));
        } catch (RuleViolationException refused) {
            return FormFailure.at("/beheer/gemeenten/" + code, FormFailure.PROBLEMS)
                    .refused(screens.problems(refused))
                    .redirect(redirect);
        }
        return "redirect:/beheer/gemeenten/" + code;
    }

    static List<Step> steps(MunicipalityDetails municipality) {
        MunicipalityStatus status = municipality.status();
        if (status == MunicipalityStatus.ACTIVE || status == MunicipalityStatus.SUSPENDED) {
            return List.of(
                    new Step("catalog", "DONE"),
                    new Step("schema", "DONE"),
                    new Step("migration", "DONE"),
                    new Step("active", "DONE"));
        }
        if (status == MunicipalityStatus.PROVISIONING) {
            return List.of(
                    new Step("catalog", "DONE"),
                    new Step("schema", "BUSY"),
                    new Step("migration", "PENDING"),
                    new Step("active", "PENDING"));
        }
        String reason = municipality.statusReason() == null
                ? ""
                : municipality.statusReason().toLowerCase(Locale.ROOT);
        boolean schemaFailed = reason.contains("create schema") && !reason.contains("changelog");
        return List.of(
                new Step("catalog", "DONE"),
                new Step("schema", schemaFailed ? "FAILED" : "DONE"),
                new Step("migration", schemaFailed ? "PENDING" : "FAILED"),
                new Step("active", "PENDING"));
    }
}
