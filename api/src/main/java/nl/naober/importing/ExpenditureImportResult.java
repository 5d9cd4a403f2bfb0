package nl.naober.importing;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.naober.budget.BudgetCategory;

/**
 * What an expenditures import found and did.
 *
 * @param committed true only for an import without any problem: then every new row was stored
 * @param created the rows this run stored (for a dry run: would store)
 * @param alreadyImported rows whose {@code uitgave_ref} an earlier import of this municipality brought in: left alone
 * @param totalPerCategory the amounts of the created rows per category, credit notes included
 * @param total the amounts of the created rows together
 */
public record ExpenditureImportResult(
        String fileName,
        boolean dryRun,
        boolean committed,
        List<ImportProblem> problems,
        int created,
        int alreadyImported,
        Map<BudgetCategory, BigDecimal> totalPerCategory,
        BigDecimal total)
        implements Serializable {

    public ExpenditureImportResult {
        problems = List.copyOf(problems);
        totalPerCategory = Collections.unmodifiableMap(new LinkedHashMap<>(totalPerCategory));
    }

    /** "al eerder ingelezen: N, nieuw: M". */
    @JsonProperty("summaryLine")
    public String summaryLine() {
        return "al eerder ingelezen: " + alreadyImported + ", nieuw: " + created;
    }
}
