package nl.naober.administration.screens;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.naober.account.MunicipalRole;
import nl.naober.account.MunicipalUserView;
import nl.naober.account.MunicipalUsers;
import nl.naober.approval.PrivacyApprovals;
import nl.naober.audit.AuditView;
import nl.naober.budget.BudgetCategory;
import nl.naober.budget.BudgetLineView;
import nl.naober.budget.BudgetSummary;
import nl.naober.budget.Budgets;
import nl.naober.budget.ExpenditureView;
import nl.naober.evaluation.EvaluationPeriods;
import nl.naober.municipality.MunicipalityAdministration;
import nl.naober.municipality.MunicipalityDetails;
import nl.naober.municipality.MunicipalityStatus;
import nl.naober.municipality.MunicipalitySummary;
import nl.naober.organisation.WelfareOrganisations;
import nl.naober.security.AdminScope;
import nl.naober.settings.MunicipalitySettingsView;
import nl.naober.settings.ProgrammeSettingsCatalog;
import nl.naober.settings.PublicContact;
import nl.naober.settings.PublicFormOrigins;
import nl.naober.settings.SettingValues;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The model of a municipality's detail page: its status and actions, and for an ACTIVE one the tabs (organisations,
 * users, budget, evaluation periods, settings) and the audit log. The network scope is {@link
 * MunicipalityAdministration#get} (any status) and {@link AdminScope#administeredMunicipality} (active ones), as in
 * the REST API.
 */
@Component
class DetailPage {

    static final String VIEW = "admin/gemeente";
    private static final int LIST_SIZE = 100;

    private final MunicipalityAdministration administration;
    private final AdminScope scope;
    private final WelfareOrganisations organisations;
    private final MunicipalUsers users;
    private final Budgets budgets;
    private final EvaluationPeriods periods;
    private final ProgrammeSettingsCatalog settings;
    private final AdminScreens screens;

    private final PublicFormOrigins origins;
    private final PublicContact contacts;
    private final PrivacyApprovals approvals;

    DetailPage(
            PrivacyApprovals approvals,
            MunicipalityAdministration administration,
            AdminScope scope,
            WelfareOrganisations organisations,
            MunicipalUsers users,
            Budgets budgets,
            EvaluationPeriods periods,
            ProgrammeSettingsCatalog settings,
            PublicFormOrigins origins,
            PublicContact contacts,
            AdminScreens screens) {
        this.origins = origins;
        this.contacts = contacts;
        this.approvals = approvals;
        this.administration = administration;
        this.scope = scope;
        this.organisations = organisations;
        this.users = users;
        this.budgets = budgets;
        this.periods = periods;
        this.settings = settings;
        this.screens = screens;
    }

    /** A budget line with its figures as of today. */
    record BudgetRow(BudgetLineView line, BudgetSummary summary) {}

    /** One programme setting: its effective value in words and whether it comes from the network. */
    record SettingRow(String name, String value, boolean fromNetwork) {}

    String show(String code, int auditPage, Model model) {
        return show(code, auditPage, 0, model);
    }

    String show(String code, int auditPage, int expenditurePage, Model model) {
        MunicipalityDetails municipality = administration.get(AdminScreens.network(), code);
        model.addAttribute("municipality", municipality);
        model.addAttribute("statusText", statusText(municipality));
        boolean active = municipality.status() == MunicipalityStatus.ACTIVE;
        model.addAttribute("active", active);
        if (active) {
            addWork(code, expenditurePage, model);
        }
        if (active || municipality.status() == MunicipalityStatus.SUSPENDED) {
            model.addAttribute(
                    "approvals",
                    approvals.list(municipality.code(), PageRequest.of(0, 10)).getContent());
        }
        Page<AuditView> audit = administration.auditTrail(
                AdminScreens.network(), code, PageRequest.of(Math.max(auditPage, 0), AdminScreens.PAGE_SIZE));
        model.addAttribute("audit", audit);
        model.addAttribute("auditLinks", screens.pageLinks(audit, "logboek", "logboek"));
        return VIEW;
    }

    /** What an active municipality's page adds: its organisations, users, budgets, periods, settings and forms. */
    private void addWork(String code, int expenditurePage, Model model) {
        MunicipalitySummary summary = scope.administeredMunicipality(code);
        model.addAttribute(
                "organisations",
                organisations.list(summary, PageRequest.of(0, LIST_SIZE)).getContent());
        model.addAttribute("users", users(summary));
        model.addAttribute("roles", MunicipalRole.values());
        List<BudgetRow> budgetRows = budgets.list(summary.code(), PageRequest.of(0, LIST_SIZE)).stream()
                .map(line -> new BudgetRow(line, budgets.summary(summary.code(), line.id(), null)))
                .toList();
        model.addAttribute("budgetRows", budgetRows);
        addExpenditures(summary.code(), expenditurePage, budgetRows, model);
        model.addAttribute(
                "periods",
                periods.list(summary.code(), PageRequest.of(0, LIST_SIZE)).getContent());
        MunicipalitySettingsView current = settings.municipality(summary.code());
        model.addAttribute("settingRows", settingRows(current));
        addIfAbsent(model, "organisationForm", new OrganisationForm());
        addIfAbsent(model, "userForm", new UserForm());
        addIfAbsent(model, "budgetLineForm", new BudgetLineForm());
        addIfAbsent(model, "periodForm", new PeriodForm());
        addIfAbsent(model, "settingsForm", SettingsForm.of(current.overrides(), current.version()));
        addIfAbsent(model, "publicFormOrigins", String.join("\n", origins.of(summary.code())));
        addIfAbsent(model, "publicContact", contacts.of(summary.code()));
    }

    /** The expenditures of all budget lines, newest first, a page at a time, with the form to add one. */
    private void addExpenditures(String code, int page, List<BudgetRow> rows, Model model) {
        Page<ExpenditureView> expenditures = budgets.expendituresOfMunicipality(
                code,
                PageRequest.of(
                        Math.max(page, 0),
                        AdminScreens.PAGE_SIZE,
                        Sort.by(Sort.Order.desc("spentOn"), Sort.Order.desc("recordedAt"))));
        model.addAttribute("expenditures", expenditures);
        model.addAttribute("expenditureLinks", screens.pageLinks(expenditures, "uitgaven", "uitgaven"));
        model.addAttribute("budgetCategories", BudgetCategory.values());
        Map<UUID, String> lineNames = new HashMap<>();
        rows.forEach(row -> lineNames.put(row.line().id(), row.line().name()));
        model.addAttribute("budgetLineNames", lineNames);
        addIfAbsent(
                model,
                "expenditureForm",
                ExpenditureForm.forLine(rows.size() == 1 ? rows.get(0).line().id() : null));
    }

    private List<MunicipalUserView> users(MunicipalitySummary municipality) {
        return users.list(municipality, PageRequest.of(0, LIST_SIZE)).getContent();
    }

    String statusText(MunicipalityDetails municipality) {
        String words = screens.text("adminScreen.status." + municipality.status());
        if (municipality.statusReason() == null) {
            return words;
        }
        if (municipality.status() == MunicipalityStatus.FAILED) {
            return screens.text("adminScreen.status.failedWithReason", municipality.statusReason());
        }
        return municipality.status() == MunicipalityStatus.SUSPENDED
                ? screens.text("adminScreen.status.suspendedWithReason", municipality.statusReason())
                : words;
    }

    private List<SettingRow> settingRows(MunicipalitySettingsView view) {
        SettingValues v = view.effective();
        List<Object> values = List.of(
                v.trialLengthWeeks(),
                v.evaluationIntervalMonths(),
                v.vogValidityYears(),
                v.retentionMonths(),
                v.suppressionThreshold(),
                screens.money(v.youthCareCostPerYear()),
                screens.money(v.placementCostPerYear()),
                v.avoidedPlacementPercentage().toPlainString().replace('.', ',') + "%",
                v.recruitmentThreshold());
        return java.util.stream.IntStream.range(0, values.size())
                .mapToObj(i -> {
                    String name = SettingValues.NAMES.get(i);
                    return new SettingRow(
                            name,
                            screens.text("adminScreen.settings.value." + name, String.valueOf(values.get(i))),
                            view.fromNetwork().contains(name));
                })
                .toList();
    }

    private static void addIfAbsent(Model model, String name, Object value) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, value);
        }
    }
}
