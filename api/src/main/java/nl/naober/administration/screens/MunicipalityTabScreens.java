package nl.naober.administration.screens;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import nl.naober.account.MunicipalUsers;
import nl.naober.account.NewUserCredentials;
import nl.naober.budget.Budgets;
import nl.naober.evaluation.EvaluationPeriods;
import nl.naober.monitoring.web.EvaluationReports;
import nl.naober.municipality.MunicipalitySummary;
import nl.naober.organisation.WelfareOrganisations;
import nl.naober.programme.RuleViolationException;
import nl.naober.programme.StaleVersionException;
import nl.naober.security.AdminScope;
import nl.naober.settings.ProgrammeSettingsCatalog;
import nl.naober.settings.PublicFormOrigins;
import nl.naober.web.FormFailure;
import nl.naober.web.StaffScreen;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The small forms on the tabs of an ACTIVE municipality's detail page: welfare organisations, users (the one-time
 * password shown once), budget lines, evaluation periods and programme settings. The municipality is looked up
 * with the REST API's {@link AdminScope}: another network's is 404.
 */
@StaffScreen
@Controller
@RequestMapping("/beheer/gemeenten/{code}")
@PreAuthorize("hasRole('NETWORK_ADMIN')")
class MunicipalityTabScreens {

    private final AdminScope scope;
    private final WelfareOrganisations organisations;
    private final MunicipalUsers users;
    private final Budgets budgets;
    private final EvaluationPeriods periods;
    private final ProgrammeSettingsCatalog settings;
    private final EvaluationReports reports;
    private final AdminScreens screens;
    private final PublicFormOrigins publicFormOrigins;

    MunicipalityTabScreens(
            AdminScope scope,
            WelfareOrganisations organisations,
            MunicipalUsers users,
            Budgets budgets,
            EvaluationPeriods periods,
            ProgrammeSettingsCatalog settings,
            AdminScreens screens,
            EvaluationReports reports,
            PublicFormOrigins publicFormOrigins) {
        this.reports = reports;
        this.publicFormOrigins = publicFormOrigins;
        this.scope = scope;
        this.organisations = organisations;
        this.users = users;
        this.budgets = budgets;
        this.periods = periods;
        this.settings = settings;
        this.screens = screens;
    }

    @PostMapping("/organisaties")
    String addOrganisation(
            @PathVariable String code,
            @ModelAttribute("organisationForm") OrganisationForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        MunicipalitySummary municipality = scope.administeredMunicipality(code);
        FormFailure failure = FormFailure.at(page(code), "organisaties").form("organisationForm", form, result);
        if (!screens.validate(form.toCommand(), result)) {
            return failure.redirect(redirect);
        }
        try {
            organisations.create(municipality, form.toCommand());
        } catch (RuleViolationException refused) {
            return failure.refused("organisationProblems", screens.problems(refused))
                    .redirect(redirect);
        }
        return done(code, "organisaties", "adminScreen.notice.organisation", redirect);
    }

    /** Adds a user and shows the one-time password once, on a page that is not cached. */
    @PostMapping("/gebruikers")
    String addUser(
            @PathVariable String code,
            @ModelAttribute("userForm") UserForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        MunicipalitySummary municipality = scope.administeredMunicipality(code);
        FormFailure failure = FormFailure.at(page(code), "gebruikers").form("userForm", form, result);
        if (!screens.validate(form.toCommand(), result)) {
            return failure.redirect(redirect);
        }
        NewUserCredentials created;
        try {
            created = users.create(municipality, form.toCommand());
        } catch (RuleViolationException refused) {
            return failure.refused("userProblems", screens.problems(refused)).redirect(redirect);
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("municipality", municipality);
        model.addAttribute("created", created);
        return "admin/gebruiker-aangemaakt";
    }

    @PostMapping("/gebruikers/{username}/deactiveren")
    String deactivate(@PathVariable String code, @PathVariable String username, RedirectAttributes redirect) {
        users.deactivate(scope.administeredMunicipality(code), username);
        return done(code, "gebruikers", "adminScreen.notice.deactivated", redirect);
    }

    @PostMapping("/gebruikers/{username}/activeren")
    String activate(@PathVariable String code, @PathVariable String username, RedirectAttributes redirect) {
        users.activate(scope.administeredMunicipality(code), username);
        return done(code, "gebruikers", "adminScreen.notice.activated", redirect);
    }

    @PostMapping("/budget")
    String addBudgetLine(
            @PathVariable String code,
            @Valid @ModelAttribute("budgetLineForm") BudgetLineForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        MunicipalitySummary municipality = scope.administeredMunicipality(code);
        FormFailure failure = FormFailure.at(page(code), "budget").form("budgetLineForm", form, result);
        if (result.hasErrors()) {
            return failure.redirect(redirect);
        }
        try {
            budgets.create(municipality.code(), form.toCommand());
        } catch (RuleViolationException refused) {
            return failure.refused("budgetProblems", screens.problems(refused)).redirect(redirect);
        }
        return done(code, "budget", "adminScreen.notice.budgetLine", redirect);
    }

    @PostMapping("/uitgaven")
    String addExpenditure(
            @PathVariable String code,
            @Valid @ModelAttribute("expenditureForm") ExpenditureForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        MunicipalitySummary municipality = scope.administeredMunicipality(code);
        FormFailure failure = FormFailure.at(page(code), "uitgaven").form("expenditureForm", form, result);
        if (result.hasErrors()) {
            return failure.redirect(redirect);
        }
        try {
            budgets.recordExpenditure(municipality.code(), form.getBudgetLineId(), form.toCommand());
        } catch (RuleViolationException refused) {
            return failure.refused("expenditureProblems", screens.problems(refused))
                    .redirect(redirect);
        }
        return done(code, "uitgaven", "adminScreen.notice.expenditure", redirect);
    }

    /**
     * "Uitgaven inlezen", step one: the dry run. A sound file waits in the session (of this administrator, for this
     * municipality) for the confirmation, so it is not uploaded twice and what is imported is what was checked.
     */
    @PostMapping("/evaluatieperiodes")
    String addPeriod(
            @PathVariable String code,
            @Valid @ModelAttribute("periodForm") PeriodForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        MunicipalitySummary municipality = scope.administeredMunicipality(code);
        FormFailure failure = FormFailure.at(page(code), "evaluatieperiodes").form("periodForm", form, result);
        if (result.hasErrors()) {
            return failure.redirect(redirect);
        }
        try {
            periods.create(municipality.code(), form.toCommand());
        } catch (RuleViolationException refused) {
            return failure.refused("periodProblems", screens.problems(refused)).redirect(redirect);
        }
        return done(code, "evaluatieperiodes", "adminScreen.notice.period", redirect);
    }

    @PostMapping("/evaluatieperiodes/{id}/afsluiten")
    String closePeriod(@PathVariable String code, @PathVariable UUID id, RedirectAttributes redirect) {
        MunicipalitySummary municipality = scope.administeredMunicipality(code);
        try {
            reports.close(municipality, id);
        } catch (RuleViolationException refused) {
            return FormFailure.at(page(code), "evaluatieperiodes")
                    .refused("periodProblems", screens.problems(refused))
                    .redirect(redirect);
        }
        return done(code, "evaluatieperiodes", "adminScreen.notice.periodClosed", redirect);
    }

    @PostMapping("/instellingen")
    String changeSettings(
            @PathVariable String code,
            @Valid @ModelAttribute("settingsForm") SettingsForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        MunicipalitySummary municipality = scope.administeredMunicipality(code);
        FormFailure failure = FormFailure.at(page(code), "instellingen").form("settingsForm", form, result);
        if (result.hasErrors()) {
            return failure.redirect(redirect);
        }
        try {
            settings.changeMunicipality(municipality.code(), form.toCommand());
        } catch (StaleVersionException refused) {
            return failure.refused("settingsProblems", screens.problems(refused))
                    .redirect(redirect);
        }
        return done(code, "instellingen", "adminScreen.notice.settings", redirect);
    }

    @PostMapping("/aanmeldformulier")
    String changePublicFormOrigins(
            @PathVariable String code, @RequestParam(defaultValue = "") String origins, RedirectAttributes redirect) {
        MunicipalitySummary municipality = scope.administeredMunicipality(code);
        try {
            publicFormOrigins.change(municipality.code(), List.of(origins.split("\\R")));
        } catch (RuleViolationException refused) {
            redirect.addFlashAttribute("publicFormOrigins", origins);
            return FormFailure.at(page(code), "instellingen")
                    .refused("publicFormProblems", screens.problems(refused))
                    .redirect(redirect);
        }
        return done(code, "instellingen", "adminScreen.notice.publicForm", redirect);
    }

    private String done(String code, String tab, String notice, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", screens.text(notice));
        return "redirect:" + page(code) + "#" + tab;
    }

    private static String page(String code) {
        return "/beheer/gemeenten/" + code;
    }
}
