package nl.naober.budget;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import nl.naober.audit.AdminAudit;
import nl.naober.audit.AuditEvent;
import nl.naober.catalog.CatalogTransactional;
import nl.naober.identity.CurrentActor;
import nl.naober.municipality.MunicipalityRegistry;
import nl.naober.municipality.MunicipalitySummary;
import nl.naober.programme.NotFoundException;
import nl.naober.programme.RuleViolationException;
import nl.naober.programme.StaleVersionException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * Budget lines and expenditures of a municipality. Who may call what (network admin, the municipality's
 * coordinators for expenditures) is the web layer's rule; every change here is audited.
 */
@Service
public class Budgets {

    static final String RULE_PERIOD_ORDER = "rule.budget-period-order";
    static final String RULE_CATEGORIES_EXCEED = "rule.budget-categories-exceed-amount";
    static final String RULE_EXPENDITURE_OUTSIDE = "rule.budget-expenditure-outside-period";
    static final String RULE_EXPENDITURES_OUTSIDE_NEW_PERIOD = "rule.budget-expenditures-outside-period";
    static final String RULE_CREDIT_NOTE_BELOW_ZERO = "rule.budget-credit-note-below-zero";

    private final BudgetLineRepository lines;
    private final ExpenditureRepository expenditures;
    private final ExpenditureImportRefRepository importRefs;
    private final MunicipalityRegistry municipalities;
    private final AdminAudit audit;
    private final CurrentActor actor;
    private final Clock clock;

    Budgets(
            BudgetLineRepository lines,
            ExpenditureRepository expenditures,
            ExpenditureImportRefRepository importRefs,
            MunicipalityRegistry municipalities,
            AdminAudit audit,
            CurrentActor actor,
            Clock clock) {
        this.lines = lines;
        this.expenditures = expenditures;
        this.importRefs = importRefs;
        this.municipalities = municipalities;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    @CatalogTransactional
    public BudgetLineView create(String municipalityCode, NewBudgetLine input) {
        checkLine(input);
        BudgetLine line = lines.save(new BudgetLine(municipalityCode, input, clock.instant()));
        record("BUDGET_LINE_CREATED", line, null, line.auditState());
        return line.toView();
    }

    @CatalogTransactional
    public BudgetLineView update(String municipalityCode, UUID id, BudgetLineUpdate input) {
        BudgetLine line = find(municipalityCode, id);
        StaleVersionException.check("budget line", input.version(), line.version());
        checkLine(input);
        if (expenditures.countOutside(id, input.periodStart(), input.periodEnd()) > 0) {
            throw RuleViolationException.of(RULE_EXPENDITURES_OUTSIDE_NEW_PERIOD);
        }
        String before = line.auditState();
        line.change(input);
        lines.flush();
        record("BUDGET_LINE_CHANGED", line, before, line.auditState());
        return line.toView();
    }

    @CatalogTransactional(readOnly = true)
    public Page<BudgetLineView> list(String municipalityCode, Pageable pageable) {
        return lines.findByMunicipalityCode(municipalityCode, pageable).map(BudgetLine::toView);
    }

    @CatalogTransactional(readOnly = true)
    public BudgetLineView get(String municipalityCode, UUID id) {
        return find(municipalityCode, id).toView();
    }

    /**
     * Records money spent, or a credit note or correction (a negative amount). A credit note may not bring what was
     * spent in its category below zero on its own date or any later one: it corrects money that was booked, so 409
     * with the first date it would fall below zero.
     */
    @CatalogTransactional
    public ExpenditureView recordExpenditure(String municipalityCode, UUID lineId, NewExpenditure input) {
        BudgetLine line = input.amount().signum() < 0
                ? lines.lockByIdAndMunicipalityCode(lineId, municipalityCode)
                        .orElseThrow(() -> NotFoundException.of("budget-line", lineId))
                : find(municipalityCode, lineId);
        if (!line.covers(input.date())) {
            throw RuleViolationException.of(RULE_EXPENDITURE_OUTSIDE);
        }
        if (input.amount().signum() < 0) {
            checkNotBelowZero(lineId, input);
        }
        Expenditure expenditure = expenditures.save(new Expenditure(lineId, input, actor.username(), clock.instant()));
        record("BUDGET_EXPENDITURE_RECORDED", line, null, expenditure.auditState());
        return expenditure.toView();
    }

    /**
     * As {@link #recordExpenditure}, for one row of an expenditures import: the programme's own booking number is kept
     * with it (once per municipality), so that importing the same file again finds it and adds nothing.
     *
     * @param fileSha256 of the file the row came from
     */
    @CatalogTransactional
    public ExpenditureView recordImportedExpenditure(
            String municipalityCode, UUID lineId, NewExpenditure input, String importRef, String fileSha256) {
        ExpenditureView recorded = recordExpenditure(municipalityCode, lineId, input);
        importRefs.save(new ExpenditureImportRef(
                municipalityCode, importRef, recorded.id(), fileSha256, actor.username(), clock.instant()));
        return recorded;
    }

    /** The booking numbers of the municipality's imported expenditures. */
    @CatalogTransactional(readOnly = true)
    public Set<String> importedExpenditureRefs(String municipalityCode) {
        return new HashSet<>(importRefs.refsOf(municipalityCode));
    }

    @CatalogTransactional(readOnly = true)
    public Page<ExpenditureView> expenditures(String municipalityCode, UUID lineId, Pageable pageable) {
        find(municipalityCode, lineId);
        return expenditures.findByBudgetLineId(lineId, pageable).map(Expenditure::toView);
    }

    /** The expenditures on all of a municipality's budget lines, for the network admin's budget tab. */
    @CatalogTransactional(readOnly = true)
    public Page<ExpenditureView> expendituresOfMunicipality(String municipalityCode, Pageable pageable) {
        return expenditures.findByMunicipality(municipalityCode, pageable).map(Expenditure::toView);
    }

    /** The line's figures as of {@code asOf} (today when null), over the line and per category. */
    @CatalogTransactional(readOnly = true)
    public BudgetSummary summary(String municipalityCode, UUID lineId, LocalDate asOf) {
        BudgetLine line = find(municipalityCode, lineId);
        LocalDate date = asOf != null ? asOf : LocalDate.now(clock);
        Map<BudgetCategory, BigDecimal> spent = new EnumMap<>(BudgetCategory.class);
        for (Object[] row : expenditures.spentPerCategory(lineId, date)) {
            spent.put((BudgetCategory) row[0], (BigDecimal) row[1]);
        }
        BigDecimal total = spent.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BudgetArithmetic.Figures figures =
                BudgetArithmetic.figures(line.amount(), total, line.periodStart(), line.periodEnd(), date);
        List<BudgetSummary.CategorySummary> categories = new ArrayList<>();
        for (BudgetCategory category : BudgetCategory.values()) {
            BudgetArithmetic.Figures f = BudgetArithmetic.figures(
                    line.allocated(category),
                    spent.getOrDefault(category, BigDecimal.ZERO),
                    line.periodStart(),
                    line.periodEnd(),
                    date);
            categories.add(new BudgetSummary.CategorySummary(
                    category,
                    f.amount(),
                    f.spent(),
                    f.remaining(),
                    f.burnRatePerMonth(),
                    f.forecastAtPeriodEnd(),
                    f.overBudget(),
                    f.forecastOverBudget()));
        }
        BudgetLineView view = line.toView();
        return new BudgetSummary(
                view.id(),
                view.name(),
                view.periodStart(),
                view.periodEnd(),
                date,
                figures.elapsedDays(),
                figures.totalDays(),
                figures.amount(),
                figures.spent(),
                figures.remaining(),
                figures.burnRatePerMonth(),
                figures.forecastAtPeriodEnd(),
                figures.overBudget(),
                figures.forecastOverBudget(),
                List.copyOf(categories));
    }

    private void checkNotBelowZero(UUID lineId, NewExpenditure credit) {
        Map<LocalDate, BigDecimal> perDay = new TreeMap<>();
        for (Object[] row : expenditures.spentPerDay(lineId, credit.category())) {
            perDay.put((LocalDate) row[0], (BigDecimal) row[1]);
        }
        perDay.merge(credit.date(), credit.amount(), BigDecimal::add);
        firstDayBelowZero(perDay, credit.date()).ifPresent(day -> {
            throw RuleViolationException.of(RULE_CREDIT_NOTE_BELOW_ZERO, "belowZeroOn", day.toString());
        });
    }

    /** The first day from {@code from} on where the running total of the amounts per day (in date order) is negative. */
    static Optional<LocalDate> firstDayBelowZero(Map<LocalDate, BigDecimal> amountPerDay, LocalDate from) {
        BigDecimal running = BigDecimal.ZERO;
        for (Map.Entry<LocalDate, BigDecimal> day : new TreeMap<>(amountPerDay).entrySet()) {
            running = running.add(day.getValue());
            if (!day.getKey().isBefore(from) && running.signum() < 0) {
                return Optional.of(day.getKey());
            }
        }
        return Optional.empty();
    }

    /** The programme rules of a line, all at once so a client can say everything that is wrong. */
    static List<String> brokenRules(BudgetLineInput input) {
        List<String> broken = new ArrayList<>();
        if (input.periodEnd().isBefore(input.periodStart())) {
            broken.add(RULE_PERIOD_ORDER);
        }
        BigDecimal allocated = input.categoriesOrEmpty().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (allocated.compareTo(input.amount()) > 0) {
            broken.add(RULE_CATEGORIES_EXCEED);
        }
        return broken;
    }

    private static void checkLine(BudgetLineInput input) {
        List<String> broken = brokenRules(input);
        if (!broken.isEmpty()) {
            throw RuleViolationException.of(broken);
        }
    }

    private BudgetLine find(String municipalityCode, UUID id) {
        return lines.findByIdAndMunicipalityCode(id, municipalityCode)
                .orElseThrow(() -> NotFoundException.of("budget-line", id));
    }

    private void record(String action, BudgetLine line, String before, String after) {
        String network = municipalities
                .findActiveMunicipality(line.municipalityCode())
                .map(MunicipalitySummary::networkCode)
                .orElse(null);
        audit.record(
                new AuditEvent(action, network, line.municipalityCode(), "budget-line " + line.id(), before, after));
    }
}
