package nl.naober.importing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.naober.budget.BudgetCategory;
import nl.naober.budget.BudgetLineView;
import nl.naober.budget.Budgets;
import nl.naober.budget.NewExpenditure;
import nl.naober.catalog.CatalogTransactional;
import nl.naober.programme.RuleViolationException;
import nl.naober.web.number.DutchNumbers;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The network administrator's import of a municipality's expenditures: the {@code uitgaven} sheet of a workbook, or
 * {@code uitgaven.csv}, read with the case import's readers. Every row goes through {@link Budgets} as an expenditure
 * entered on the screen would (Bean Validation of {@link NewExpenditure}, the line's period, credit notes never below
 * zero), in one catalog transaction: rolled back for a dry run and whenever any row has a problem (all or nothing),
 * committed with every row's {@code uitgave_ref} otherwise, so a second import of the same file adds nothing.
 *
 * <p>Rows are applied in date order (on one day the spending before the credit notes), whatever their order in the
 * file: a credit note dated after its invoice is accepted, one dated before it is refused at its row.
 */
@Component
public class ExpenditureImports {

    /** Expenditure files are small; a bigger one is almost certainly the wrong file. */
    static final int MAX_ROWS = 5_000;

    /** As long as platform.budget_expenditure_import.import_ref. */
    private static final int MAX_REF_LENGTH = 100;

    private static final Map<String, String> COLUMNS =
            Map.of("date", "datum", "amount", "bedrag", "category", "categorie", "description", "omschrijving");

    private final TransactionTemplate transaction;
    private final Budgets budgets;
    private final DomainMessages messages;

    ExpenditureImports(
            @Qualifier(CatalogTransactional.TRANSACTION_MANAGER) PlatformTransactionManager transactions,
            Budgets budgets,
            DomainMessages messages) {
        this.transaction = new TransactionTemplate(transactions);
        this.budgets = budgets;
        this.messages = messages;
    }

    /** One row that passed its own checks, waiting for its turn in date order. */
    private record Pending(Cells cells, String ref, UUID lineId, NewExpenditure expenditure) {}

    /**
     * Checks (dry run) or imports the file for the municipality; the caller has made sure the user administers it.
     *
     * @param uploads one .xlsx workbook with a sheet {@code uitgaven}, or {@code uitgaven.csv}
     */
    public ExpenditureImportResult run(String municipalityCode, List<Upload> uploads, boolean dryRun) {
        // the problems are Dutch whatever language the caller's browser or client asks for, as in the case import
        LocaleContext caller = LocaleContextHolder.getLocaleContext();
        LocaleContextHolder.setLocale(DomainMessages.DUTCH);
        try {
            return checkOrImport(municipalityCode, uploads, dryRun);
        } finally {
            LocaleContextHolder.setLocaleContext(caller);
        }
    }

    private ExpenditureImportResult checkOrImport(String municipalityCode, List<Upload> uploads, boolean dryRun) {
        ImportFile file = ImportFiles.read(uploads);
        List<ImportProblem> problems = new ArrayList<>(ExpenditureFileProblems.of(file));
        List<SheetRow> rows = file.rows(ImportKind.UITGAVEN);
        if (rows.size() > MAX_ROWS) {
            problems.add(new ImportProblem(
                    ImportKind.UITGAVEN.sheet(),
                    0,
                    "",
                    "het blad heeft " + rows.size() + " rijen; lees er hoogstens " + MAX_ROWS
                            + " tegelijk in (splits het bestand)"));
            return result(file, dryRun, false, problems, 0, 0, new ArrayList<>());
        }
        boolean headerSound =
                problems.stream().noneMatch(p -> p.sheet().equals(ImportKind.UITGAVEN.sheet()) && p.row() <= 1);
        List<SheetRow> readable = headerSound ? rows : List.of();
        return transaction.execute(status -> {
            Checked checked = checkRows(
                    readable,
                    problems,
                    budgets.importedExpenditureRefs(municipalityCode),
                    linesByName(municipalityCode));
            List<Pending> created = new ArrayList<>();
            for (Pending row : checked.pending()) {
                if (record(municipalityCode, row, file.sha256())) {
                    created.add(row);
                }
            }
            boolean commit = !dryRun && problems.isEmpty();
            if (!commit) {
                status.setRollbackOnly();
            }
            problems.sort(Comparator.comparing(ImportProblem::sheet)
                    .thenComparing(ImportProblem::row)
                    .thenComparing(ImportProblem::column));
            return result(file, dryRun, commit, problems, created.size(), checked.alreadyImported(), created);
        });
    }

    /** The rows that passed their checks, and how many were imported before. */
    private record Checked(List<Pending> pending, int alreadyImported) {}

    /**
     * Checks each row; those that pass come back in the order they are recorded: by date, a day's credit notes after
     * its expenses, then by row.
     */
    private Checked checkRows(
            List<SheetRow> readable,
            List<ImportProblem> problems,
            Set<String> earlier,
            Map<String, List<BudgetLineView>> lines) {
        Map<String, Integer> refsInFile = new HashMap<>();
        List<Pending> pending = new ArrayList<>();
        int alreadyImported = 0;
        for (SheetRow row : readable) {
            Cells cells = new Cells(row, problems::add);
            String ref = cells.text("uitgave_ref");
            if (ref != null && ref.length() > MAX_REF_LENGTH) {
                cells.problem("uitgave_ref", "is langer dan " + MAX_REF_LENGTH + " tekens");
                continue;
            }
            if (ref != null) {
                Integer first = refsInFile.putIfAbsent(ref, row.number());
                if (first != null) {
                    cells.problem(
                            "uitgave_ref", "\"" + ref + "\" staat twee keer in dit bestand (ook in rij " + first + ")");
                    continue;
                }
                if (earlier.contains(ref)) {
                    alreadyImported++;
                    continue;
                }
            }
            check(cells, ref, lines).ifPresent(pending::add);
        }
        pending.sort(Comparator.comparing((Pending p) -> p.expenditure().date())
                .thenComparing(p -> p.expenditure().amount().signum() < 0)
                .thenComparing(p -> p.cells().row().number()));
        return new Checked(pending, alreadyImported);
    }

    /** Reads and checks one row; empty when any cell is refused (each refusal is a problem). */
    private Optional<Pending> check(Cells cells, String ref, Map<String, List<BudgetLineView>> lines) {
        LocalDate date = cells.date("datum");
        BigDecimal amount = amount(cells);
        BudgetCategory category = cells.code("categorie", BudgetCategory.class);
        // Bean Validation says what a missing description means (also for a credit note), not "verplicht"
        String description = cells.row().get("omschrijving");
        String lineName = cells.text("begrotingsregel");
        UUID lineId = null;
        if (lineName != null) {
            List<BudgetLineView> named = lines.getOrDefault(key(lineName), List.of());
            if (named.isEmpty()) {
                cells.problem(
                        "begrotingsregel",
                        "onbekende begrotingsregel \"" + lineName + "\"; deze gemeente heeft: "
                                + (lines.isEmpty()
                                        ? "(nog geen begrotingsregels)"
                                        : String.join(", ", lineNames(lines))));
            } else if (named.size() > 1) {
                cells.problem(
                        "begrotingsregel",
                        "er zijn " + named.size() + " begrotingsregels met de naam \"" + lineName
                                + "\"; geef ze op het tabblad Begroting elk een eigen naam");
            } else {
                lineId = named.get(0).id();
            }
        }
        if (!cells.sound()) {
            return Optional.empty();
        }
        NewExpenditure expenditure = new NewExpenditure(date, amount, category, description);
        if (!messages.validate(expenditure, cells, COLUMNS)) {
            return Optional.empty();
        }
        return Optional.of(new Pending(cells, ref, lineId, expenditure));
    }

    /** Records one row through the service; a refusal by a rule becomes a problem at its row. */
    private boolean record(String municipalityCode, Pending row, String sha256) {
        try {
            budgets.recordImportedExpenditure(municipalityCode, row.lineId(), row.expenditure(), row.ref(), sha256);
            return true;
        } catch (RuleViolationException refused) {
            String column =
                    refused.rules().stream().anyMatch(rule -> rule.contains("outside-period")) ? "datum" : "bedrag";
            Object belowZeroOn = refused.details().get("belowZeroOn");
            String message = messages.describe(refused).orElseThrow();
            if (belowZeroOn != null) {
                message += " (onder nul op " + Cells.dutch(LocalDate.parse(belowZeroOn.toString())) + ")";
            }
            row.cells().problem(column, message);
            return false;
        }
    }

    /** The amount in Dutch notation as on the screens ("1.234,56", "-86,40", "€ −86,40"). */
    private static BigDecimal amount(Cells cells) {
        String text = cells.text("bedrag");
        if (text == null) {
            return null;
        }
        try {
            return DutchNumbers.parse(text);
        } catch (DutchNumbers.NotADutchNumber e) {
            cells.problem("bedrag", "\"" + text + "\" is geen bedrag (schrijf het zoals 1.234,56 of -86,40)");
            return null;
        }
    }

    private Map<String, List<BudgetLineView>> linesByName(String municipalityCode) {
        Map<String, List<BudgetLineView>> lines = new HashMap<>();
        for (BudgetLineView line : budgets.list(municipalityCode, PageRequest.of(0, 1_000))) {
            lines.computeIfAbsent(key(line.name()), k -> new ArrayList<>()).add(line);
        }
        return lines;
    }

    private static List<String> lineNames(Map<String, List<BudgetLineView>> lines) {
        return lines.values().stream()
                .flatMap(List::stream)
                .map(BudgetLineView::name)
                .sorted()
                .toList();
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private static ExpenditureImportResult result(
            ImportFile file,
            boolean dryRun,
            boolean committed,
            List<ImportProblem> problems,
            int created,
            int alreadyImported,
            List<Pending> rows) {
        Map<BudgetCategory, BigDecimal> totals = new EnumMap<>(BudgetCategory.class);
        for (Pending row : rows) {
            totals.merge(
                    row.expenditure().category(),
                    row.expenditure().amount().setScale(2, RoundingMode.UNNECESSARY),
                    BigDecimal::add);
        }
        BigDecimal total = totals.values().stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        return new ExpenditureImportResult(
                file.name(), dryRun, committed, problems, created, alreadyImported, totals, total);
    }
}
