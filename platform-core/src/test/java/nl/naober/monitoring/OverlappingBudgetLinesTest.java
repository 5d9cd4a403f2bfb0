package nl.naober.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The budget rules that moved out of the web layer (issue 18): which lines count for a monitoring period, as of which
 * day, and the explicit limit of {@value OverlappingBudgetLines#MAX_BUDGET_LINES} lines. Plain Java, the catalog
 * replaced by a fake of monitoring's own port.
 */
class OverlappingBudgetLinesTest {

    private static final MonitoringPeriod YEAR_2025 =
            new MonitoringPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));

    @Test
    void aLineCountsWhenItsPeriodTouchesTheMonitoringPeriodOnEitherEnd() {
        FakeBudgets budgets = new FakeBudgets();
        UUID endsOnFirstDay = budgets.add("2024-01-01", "2025-01-01");
        UUID startsOnLastDay = budgets.add("2025-12-31", "2026-12-31");
        budgets.add("2024-01-01", "2024-12-31"); // ends the day before
        budgets.add("2026-01-01", "2026-12-31"); // starts the day after

        new OverlappingBudgetLines(budgets).totals("meppel", YEAR_2025, LocalDate.of(2025, 12, 31));

        assertThat(budgets.summed.keySet()).containsExactly(endsOnFirstDay, startsOnLastDay);
    }

    @Test
    void aLineIsSummedUpAsOfTheReportsEndOrItsOwnFirstDayWhenThatIsLater() {
        FakeBudgets budgets = new FakeBudgets();
        UUID running = budgets.add("2025-01-01", "2025-12-31");
        UUID later = budgets.add("2025-09-01", "2026-08-31");

        new OverlappingBudgetLines(budgets).totals("meppel", YEAR_2025, LocalDate.of(2025, 6, 30));

        assertThat(budgets.summed)
                .containsEntry(running, LocalDate.of(2025, 6, 30))
                .containsEntry(later, LocalDate.of(2025, 9, 1));
    }

    @Test
    void onlyTheFirstHundredLinesAreReadAndTheRestIsLeftOutWithoutAnError() {
        FakeBudgets budgets = new FakeBudgets();
        for (int i = 0; i < 101; i++) {
            budgets.add("2025-01-01", "2025-12-31");
        }

        List<MonitoringBudgets.Totals> totals =
                new OverlappingBudgetLines(budgets).totals("meppel", YEAR_2025, LocalDate.of(2025, 12, 31));

        assertThat(OverlappingBudgetLines.MAX_BUDGET_LINES).isEqualTo(100);
        assertThat(budgets.askedFor).containsExactly(100);
        assertThat(totals).hasSize(100);
        assertThat(budgets.summed).doesNotContainKey(budgets.lines.get(100).id());
    }

    /** The catalog as monitoring's port sees it: lines in the order added, at most {@code max} of them per call. */
    private static final class FakeBudgets implements MonitoringBudgets {

        final List<Line> lines = new ArrayList<>();
        final List<Integer> askedFor = new ArrayList<>();
        final Map<UUID, LocalDate> summed = new LinkedHashMap<>();

        UUID add(String start, String end) {
            UUID id = UUID.randomUUID();
            lines.add(new Line(id, LocalDate.parse(start), LocalDate.parse(end)));
            return id;
        }

        @Override
        public List<Line> lines(String municipalityCode, int max) {
            askedFor.add(max);
            return List.copyOf(lines.subList(0, Math.min(max, lines.size())));
        }

        @Override
        public Totals totals(String municipalityCode, UUID lineId, LocalDate asOf) {
            summed.put(lineId, asOf);
            return new Totals(BigDecimal.TEN, BigDecimal.ONE, BigDecimal.TEN, BigDecimal.TEN);
        }
    }
}
