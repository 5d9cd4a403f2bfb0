package nl.naober.core.monitoring.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import nl.naober.core.monitoring.report.Figure.Average;
import nl.naober.core.monitoring.report.Figure.Count;
import nl.naober.core.monitoring.report.Figure.Days;
import nl.naober.core.monitoring.report.Figure.Empty;
import nl.naober.core.monitoring.report.Figure.Money;
import nl.naober.core.monitoring.report.Figure.Percentage;
import nl.naober.core.monitoring.report.Figure.Ratio;
import nl.naober.core.monitoring.report.Figure.Suppressed;
import org.junit.jupiter.api.Test;

class SuppressionTest {

    private static final Suppression STANDARD = Suppression.standard();
    private static final Suppressed HIDDEN = new Suppressed(5);

    private static Count c(int value) {
        return new Count(value);
    }

    private static FigureTable table(List<String> columns, List<FigureRow> rows, FigureRow total) {
        return new FigureTable("tabel", "Tabel", columns, rows, total);
    }

    @Test
    void hidesCountsUnderTheThresholdAndShowsZero() {
        FigureTable table = table(
                List.of("Aanmeldingen"),
                List.of(
                        FigureRow.of("Wijk A", c(0)),
                        FigureRow.of("Wijk B", c(1)),
                        FigureRow.of("Wijk C", c(4)),
                        FigureRow.of("Wijk D", c(5)),
                        FigureRow.of("Wijk E", c(1234))),
                null);

        FigureTable shown = STANDARD.apply(table);

        assertThat(shown.rows())
                .extracting(row -> row.cells().get(0).text())
                .containsExactly("0", "< 5", "< 5", "5", "1.234");
        assertThat(shown.key()).isEqualTo("tabel");
        assertThat(shown.title()).isEqualTo("Tabel");
        assertThat(shown.columns()).isEqualTo(table.columns());
        assertThat(shown.rows())
                .extracting(FigureRow::label)
                .containsExactly("Wijk A", "Wijk B", "Wijk C", "Wijk D", "Wijk E");
    }

    @Test
    void thresholdOneHidesNothing() {
        FigureTable table = table(
                List.of("Jongens", "Meisjes"),
                List.of(
                        FigureRow.of("Wijk A", c(1), c(0)),
                        FigureRow.of("Wijk B", c(2), new Percentage(new BigDecimal("50.0"), 1, 2))),
                FigureRow.of("Totaal", c(3), new Empty()));

        assertThat(new Suppression(1).apply(table)).isEqualTo(table);
    }

    @Test
    void anEmptyTableStaysEmpty() {
        FigureTable empty = table(List.of("Aantal"), List.of(), null);
        assertThat(STANDARD.apply(empty)).isEqualTo(empty);
        FigureTable onlyTotal = table(List.of("Aantal"), List.of(), FigureRow.of("Totaal", c(0)));
        assertThat(STANDARD.apply(onlyTotal)).isEqualTo(onlyTotal);
        FigureTable noData = table(List.of("Aantal"), List.of(FigureRow.of("Wijk A", new Empty())), null);
        assertThat(STANDARD.apply(noData)).isEqualTo(noData);
    }

    @Test
    void moneyDaysAndRatiosAreNeverHidden() {
        FigureTable table = table(
                List.of("Budget", "Dagen", "Verhouding"),
                List.of(FigureRow.of(
                        "Wijk A", new Money(new BigDecimal("1")), Days.of(2), new Ratio(new BigDecimal("0.5")))),
                null);

        assertThat(STANDARD.apply(table)).isEqualTo(table);
    }

    @Test
    void hidesPercentagesAndAveragesOverFewCases() {
        FigureTable table = table(
                List.of("Aandeel", "Gemiddelde"),
                List.of(
                        FigureRow.of("numerator small", Percentage.of(3, 40), new Average(BigDecimal.ONE, 4)),
                        FigureRow.of("denominator small", Percentage.of(0, 3), new Average(BigDecimal.ONE, 5)),
                        FigureRow.of("difference small", Percentage.of(38, 40), new Average(BigDecimal.ONE, 0)),
                        FigureRow.of("all fine", Percentage.of(20, 40), new Average(BigDecimal.ONE, 40)),
                        FigureRow.of("zero of many", Percentage.of(0, 40), new Empty()),
                        FigureRow.of("all of many", Percentage.of(40, 40), new Empty()),
                        FigureRow.of("assumed", Percentage.assumed(BigDecimal.TEN), new Empty())),
                null);

        FigureTable shown = STANDARD.apply(table);

        assertThat(shown.rows())
                .extracting(row ->
                        row.cells().get(0).text() + " | " + row.cells().get(1).text())
                .containsExactly(
                        "< 5 | < 5", "< 5 | 1,0", "< 5 | 1,0", "50,0% | 1,0", "0,0% | –", "100,0% | –", "10,0% | –");
    }

    @Test
    void aTotalRowWithOneHiddenCellGetsASecondOne() {
        FigureTable table = table(
                List.of("Aanmeldingen"),
                List.of(
                        FigureRow.of("Wijk A", c(3)),
                        FigureRow.of("Wijk B", c(12)),
                        FigureRow.of("Wijk C", c(8)),
                        FigureRow.of("Wijk D", c(0))),
                FigureRow.of("Totaal", c(23)));

        FigureTable shown = STANDARD.apply(table);

        // Wijk C (8) is the smallest shown non-zero count: 23 - 12 = 11 = A + C, neither recoverable.
        assertThat(column(shown, 0)).containsExactly("< 5", "12", "< 5", "0", "23");
        assertNothingRecoverable(table, shown);
    }

    @Test
    void twoSmallCellsWhoseSumIsSmallGetAThird() {
        FigureTable table = table(
                List.of("Aanmeldingen"),
                List.of(
                        FigureRow.of("Wijk A", c(1)),
                        FigureRow.of("Wijk B", c(2)),
                        FigureRow.of("Wijk C", c(9)),
                        FigureRow.of("Wijk D", c(6))),
                FigureRow.of("Totaal", c(18)));

        // 18 - 9 - 6 = 3 would say that A and B together hold 3 families.
        assertThat(column(STANDARD.apply(table), 0)).containsExactly("< 5", "< 5", "9", "< 5", "18");
    }

    @Test
    void theTotalIsHiddenWhenNoOtherCellIsLeft() {
        FigureTable table = table(
                List.of("Aanmeldingen"),
                List.of(FigureRow.of("Wijk A", c(3)), FigureRow.of("Wijk B", c(0))),
                FigureRow.of("Totaal", c(3)));
        assertThat(column(STANDARD.apply(table), 0)).containsExactly("< 5", "0", "< 5");

        // 2 + 3 = 5: the total is shown by itself, but would prove that A and B are both small.
        FigureTable five = table(
                List.of("Aanmeldingen"),
                List.of(FigureRow.of("Wijk A", c(2)), FigureRow.of("Wijk B", c(3))),
                FigureRow.of("Totaal", c(5)));
        FigureTable shown = STANDARD.apply(five);
        assertThat(column(shown, 0)).containsExactly("< 5", "< 5", "< 5");
        assertNothingRecoverable(five, shown);
    }

    @Test
    void rowsAndColumnsWithTotalsAreProtectedTogether() {
        FigureTable table = new FigureTable(
                "aanmeldingen-per-wijk",
                "Aanmeldingen per wijk",
                List.of("Jongens", "Meisjes", "Totaal"),
                List.of(
                        FigureRow.of("Wijk A", c(2), c(10), c(12)),
                        FigureRow.of("Wijk B", c(7), c(9), c(16)),
                        FigureRow.of("Wijk C", c(20), c(30), c(50))),
                FigureRow.of("Totaal", c(29), c(49), c(78)),
                true);

        FigureTable shown = STANDARD.apply(table);

        assertThat(shown.rows().get(0).cells()).filteredOn(HIDDEN::equals).hasSizeGreaterThanOrEqualTo(2);
        assertThat(shown.lastColumnIsTotal()).isTrue();
        assertNothingRecoverable(table, shown);
        assertThat(STANDARD.apply(shown)).as("idempotent").isEqualTo(shown);
    }

    @Test
    void noHiddenCountCanBeRecoveredInRandomTables() {
        Random random = new Random(20260101);
        for (int i = 0; i < 1500; i++) {
            int rows = 1 + random.nextInt(6);
            int parts = 1 + random.nextInt(4);
            boolean totalColumn = random.nextBoolean();
            boolean totalRow = !totalColumn || random.nextBoolean();
            int[][] values = new int[rows][parts];
            for (int[] row : values) {
                for (int c = 0; c < parts; c++) {
                    row[c] = switch (random.nextInt(4)) {
                        case 0 -> 0;
                        case 1 -> 1 + random.nextInt(4);
                        default -> random.nextInt(30);
                    };
                }
            }
            FigureTable table = sums(values, totalRow, totalColumn);
            FigureTable shown = STANDARD.apply(table);

            assertThat(shown).isEqualTo(STANDARD.apply(shown));
            assertPrimary(table, shown);
            assertNothingRecoverable(table, shown);
        }
    }

    /** A table of the values with a total row and/or a total column holding the sums. */
    private static FigureTable sums(int[][] values, boolean totalRow, boolean totalColumn) {
        int parts = values[0].length;
        int columns = parts + (totalColumn ? 1 : 0);
        List<String> headers = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            headers.add("k" + c);
        }
        List<FigureRow> rows = new ArrayList<>();
        int[] columnSums = new int[columns];
        for (int r = 0; r < values.length; r++) {
            List<Figure> cells = new ArrayList<>();
            int sum = 0;
            for (int c = 0; c < parts; c++) {
                cells.add(c(values[r][c]));
                sum += values[r][c];
                columnSums[c] += values[r][c];
            }
            if (totalColumn) {
                cells.add(c(sum));
                columnSums[parts] += sum;
            }
            rows.add(new FigureRow("r" + r, cells));
        }
        FigureRow total = totalRow
                ? new FigureRow(
                        "Totaal",
                        Arrays.stream(columnSums).mapToObj(v -> (Figure) c(v)).toList())
                : null;
        return new FigureTable("willekeurig", "Willekeurig", headers, rows, total, totalColumn);
    }

    private static List<String> column(FigureTable table, int column) {
        List<String> texts = new ArrayList<>();
        for (FigureRow row : all(table)) {
            texts.add(row.cells().get(column).text());
        }
        return texts;
    }

    private static List<FigureRow> all(FigureTable table) {
        List<FigureRow> rows = new ArrayList<>(table.rows());
        table.totalRow().ifPresent(rows::add);
        return rows;
    }

    /** Every small count is hidden and every shown cell is unchanged. */
    private static void assertPrimary(FigureTable given, FigureTable shown) {
        List<FigureRow> in = all(given);
        List<FigureRow> out = all(shown);
        for (int r = 0; r < in.size(); r++) {
            for (int c = 0; c < given.columns().size(); c++) {
                int value = ((Count) in.get(r).cells().get(c)).value();
                Figure figure = out.get(r).cells().get(c);
                if (value > 0 && value < 5) {
                    assertThat(figure).isEqualTo(HIDDEN);
                } else {
                    assertThat(figure).isIn(HIDDEN, c(value));
                }
            }
        }
    }

    /**
     * The attacker's view, written independently of {@link Suppression}: the stated sums (each column of the total
     * row, each row's last cell when it is a total column) with the shown counts filled in. Two checks:
     *
     * <ol>
     *   <li>by subtraction, repeatedly: a sum with exactly one hidden cell gives that cell, which then counts as
     *       shown; no hidden cell may ever be found this way;
     *   <li>by any combination of sums: Gaussian elimination (in doubles) must leave every hidden cell free;
     * </ol>
     *
     * and, for every sum with a shown total, the hidden parts' sum must not prove a hidden count to be small.
     */
    private static void assertNothingRecoverable(FigureTable given, FigureTable shown) {
        List<FigureRow> out = all(shown);
        int rows = out.size();
        int columns = shown.columns().size();
        List<int[][]> sums = new ArrayList<>(); // {total cell}, {part cells...}
        if (shown.total() != null) {
            for (int c = 0; c < columns; c++) {
                int[][] sum = new int[rows][];
                sum[0] = new int[] {rows - 1, c};
                for (int r = 0; r < rows - 1; r++) {
                    sum[r + 1] = new int[] {r, c};
                }
                sums.add(sum);
            }
        }
        if (shown.lastColumnIsTotal()) {
            for (int r = 0; r < rows; r++) {
                int[][] sum = new int[columns][];
                sum[0] = new int[] {r, columns - 1};
                for (int c = 0; c < columns - 1; c++) {
                    sum[c + 1] = new int[] {r, c};
                }
                sums.add(sum);
            }
        }
        boolean[][] known = new boolean[rows][columns];
        List<int[]> hidden = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                known[r][c] = !(out.get(r).cells().get(c) instanceof Suppressed);
                if (!known[r][c]) {
                    hidden.add(new int[] {r, c});
                }
            }
        }

        // 1. Subtraction along rows and columns, repeated until nothing more is found.
        boolean found = true;
        while (found) {
            found = false;
            for (int[][] sum : sums) {
                List<int[]> unknown = Arrays.stream(sum)
                        .filter(cell -> !known[cell[0]][cell[1]])
                        .toList();
                if (unknown.size() == 1) {
                    int[] cell = unknown.get(0);
                    known[cell[0]][cell[1]] = true;
                    found = true;
                    assertThat(cell)
                            .as("cell %s recovered by subtraction in %s", Arrays.toString(cell), given)
                            .isNull();
                }
            }
        }

        // 2. Any linear combination: a hidden cell is determined iff removing its column lowers the rank.
        double[][] system = new double[sums.size()][hidden.size()];
        for (int i = 0; i < sums.size(); i++) {
            int[][] sum = sums.get(i);
            for (int k = 0; k < hidden.size(); k++) {
                for (int j = 0; j < sum.length; j++) {
                    if (Arrays.equals(sum[j], hidden.get(k))) {
                        system[i][k] = j == 0 ? 1 : -1;
                    }
                }
            }
        }
        int rank = rank(system, -1);
        for (int k = 0; k < hidden.size(); k++) {
            assertThat(rank(system, k))
                    .as("cell %s determined by the sums in %s", Arrays.toString(hidden.get(k)), given)
                    .isEqualTo(rank);
        }

        // 3. A shown total minus its shown parts must not prove a hidden part small (each hidden count ≥ 1).
        List<FigureRow> in = all(given);
        for (int[][] sum : sums) {
            if (!known(out, sum[0])) {
                continue;
            }
            int hiddenSum = value(in, sum[0]);
            int hiddenParts = 0;
            for (int j = 1; j < sum.length; j++) {
                if (known(out, sum[j])) {
                    hiddenSum -= value(in, sum[j]);
                } else {
                    hiddenParts++;
                }
            }
            if (hiddenParts > 0) {
                assertThat(hiddenSum - (hiddenParts - 1))
                        .as("largest possible hidden part in %s", given)
                        .isGreaterThanOrEqualTo(5);
            }
        }
    }

    private static boolean known(List<FigureRow> rows, int[] cell) {
        return !(rows.get(cell[0]).cells().get(cell[1]) instanceof Suppressed);
    }

    private static int value(List<FigureRow> rows, int[] cell) {
        return ((Count) rows.get(cell[0]).cells().get(cell[1])).value();
    }

    private static int rank(double[][] matrix, int skip) {
        double[][] m = new double[matrix.length][];
        for (int r = 0; r < matrix.length; r++) {
            m[r] = matrix[r].clone();
            if (skip >= 0) {
                m[r][skip] = 0;
            }
        }
        int rank = 0;
        int columns = m.length == 0 ? 0 : m[0].length;
        for (int c = 0; c < columns && rank < m.length; c++) {
            int pivot = rank;
            for (int r = rank + 1; r < m.length; r++) {
                if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) {
                    pivot = r;
                }
            }
            if (Math.abs(m[pivot][c]) < 1e-9) {
                continue;
            }
            double[] swap = m[pivot];
            m[pivot] = m[rank];
            m[rank] = swap;
            for (int r = 0; r < m.length; r++) {
                if (r != rank) {
                    double factor = m[r][c] / m[rank][c];
                    for (int k = c; k < columns; k++) {
                        m[r][k] -= factor * m[rank][k];
                    }
                }
            }
            rank++;
        }
        return rank;
    }
}
