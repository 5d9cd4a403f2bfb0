package nl.naober.monitoring.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import nl.naober.monitoring.report.Figure.Average;
import nl.naober.monitoring.report.Figure.Count;
import nl.naober.monitoring.report.Figure.Days;
import nl.naober.monitoring.report.Figure.Empty;
import nl.naober.monitoring.report.Figure.Money;
import nl.naober.monitoring.report.Figure.Percentage;
import nl.naober.monitoring.report.Figure.Ratio;
import nl.naober.monitoring.report.Figure.Suppressed;
import org.junit.jupiter.api.Test;

class SuppressionTest {

    private static final Suppression STANDARD = Suppression.standard();
    private static final Suppressed HIDDEN = new Suppressed(5);
    /** A hidden figure that is not a count: the same rules, the word "verborgen". */
    private static final Suppressed HIDDEN_AVERAGE = new Suppressed(5, true);

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
                        // hidden, and not a count: "verborgen" rather than "< 5" (issue 15)
                        "verborgen | verborgen",
                        "verborgen | 1,0",
                        "verborgen | 1,0",
                        "50,0% | 1,0",
                        "0,0% | –",
                        "100,0% | –",
                        "10,0% | –");
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

    /**
     * The pilot's report: the funnel per source hides the professional referrals' trial, continued and closed counts
     * (13, 9, 7) to protect the public form's (3, 3, 2); the lead times beside it are medians over exactly those
     * counts. Shown, they would carry the counts back; suppressed together, they follow their counts.
     */
    @Test
    void aCountHiddenInOneTableDoesNotComeBackFromTheAveragesOverItInAnother() {
        FigureTable funnel = new FigureTable(
                "funnel",
                "Per bron",
                List.of("Proefperiode", "Voortgezet", "Afgesloten"),
                List.of(
                        FigureRow.of("Aanmeldformulier", c(3), c(3), c(2)),
                        FigureRow.of("Coördinator", c(0), c(0), c(0)),
                        FigureRow.of("Verwijzing", c(13), c(9), c(7))),
                FigureRow.of("Totaal", c(16), c(12), c(9)));
        BigDecimal days = new BigDecimal("12.0");
        FigureTable leadTimes = new FigureTable(
                "doorlooptijden",
                "Mediaan dagen",
                List.of("Tot proefperiode", "Tot voortgezet", "Tot afsluiting"),
                List.of(
                        FigureRow.of(
                                "Alle bronnen", new Average(days, 16), new Average(days, 12), new Average(days, 9)),
                        FigureRow.of(
                                "Aanmeldformulier", new Average(days, 3), new Average(days, 3), new Average(days, 2)),
                        FigureRow.of("Verwijzing", new Average(days, 13), new Average(days, 9), new Average(days, 7))),
                null);
        List<Suppression.Link> links = new ArrayList<>();
        for (int column = 0; column < 3; column++) {
            links.add(Suppression.Link.hiddenWith(
                    new Suppression.Ref("doorlooptijden", 0, column), Suppression.Ref.total("funnel", column)));
            links.add(Suppression.Link.hiddenWith(
                    new Suppression.Ref("doorlooptijden", 1, column), new Suppression.Ref("funnel", 0, column)));
            links.add(Suppression.Link.hiddenWith(
                    new Suppression.Ref("doorlooptijden", 2, column), new Suppression.Ref("funnel", 2, column)));
        }

        List<FigureTable> alone = List.of(STANDARD.apply(funnel), STANDARD.apply(leadTimes));
        assertThat(column(alone.get(0), 0)).containsExactly("< 5", "0", "< 5", "16");
        assertThat(alone.get(1).rows().get(2).cells())
                .as("table by table, the referrals' medians (and their n) stay: 16 − 13 = 3")
                .doesNotContain(HIDDEN_AVERAGE);

        List<FigureTable> together = STANDARD.apply(List.of(funnel, leadTimes), links);

        assertThat(together.get(1).rows().get(2).cells()).containsOnly(HIDDEN_AVERAGE);
        assertThat(together.get(1).rows().get(0).cells()).doesNotContain(HIDDEN_AVERAGE);
        assertNothingRecoverable(List.of(funnel, leadTimes), together, links);
        assertThat(STANDARD.apply(together, links)).as("idempotent").isEqualTo(together);
    }

    /**
     * Random reports of four tables over one set of families: a funnel (sources × steps, with totals), the sources
     * alone (the funnel's first column), the same families per month (another partition of the same total) and
     * medians over every funnel cell. The attacker of {@link #assertNothingRecoverable(List, List, List)} holds all
     * four at once.
     */
    @Test
    void noHiddenCountCanBeRecoveredFromAllTablesOfARandomReportTogether() {
        Random random = new Random(20261207);
        for (int i = 0; i < 600; i++) {
            int sources = 1 + random.nextInt(4);
            int steps = 1 + random.nextInt(3);
            int[][] funnel = new int[sources][steps];
            for (int[] row : funnel) {
                for (int c = 0; c < steps; c++) {
                    row[c] = switch (random.nextInt(4)) {
                        case 0 -> 0;
                        case 1 -> 1 + random.nextInt(4);
                        default -> random.nextInt(25);
                    };
                }
            }
            FigureTable a = rename(sums(funnel, true, false), "funnel");
            int total = ((Count) a.total().cells().get(0)).value();
            List<FigureRow> sourceRows = new ArrayList<>();
            for (int r = 0; r < sources; r++) {
                sourceRows.add(FigureRow.of("r" + r, c(funnel[r][0])));
            }
            FigureTable b = new FigureTable(
                    "bronnen", "Bronnen", List.of("Aantal"), sourceRows, FigureRow.of("Totaal", c(total)));
            int months = 1 + random.nextInt(5);
            int[] perMonth = new int[months];
            for (int k = 0; k < total; k++) {
                perMonth[random.nextInt(months)]++;
            }
            List<FigureRow> monthRows = new ArrayList<>();
            for (int m = 0; m < months; m++) {
                monthRows.add(FigureRow.of("m" + m, c(perMonth[m])));
            }
            FigureTable mo = new FigureTable(
                    "maanden", "Maanden", List.of("Gezinnen"), monthRows, FigureRow.of("Totaal", c(total)));
            List<FigureRow> medianRows = new ArrayList<>();
            for (int r = 0; r < sources; r++) {
                List<Figure> cells = new ArrayList<>();
                for (int c = 0; c < steps; c++) {
                    cells.add(funnel[r][c] == 0 ? new Empty() : new Average(BigDecimal.TEN, funnel[r][c]));
                }
                medianRows.add(new FigureRow("r" + r, cells));
            }
            FigureTable d = new FigureTable("mediaan", "Mediaan", a.columns(), medianRows, null);

            List<Suppression.Link> links = new ArrayList<>();
            for (int r = 0; r < sources; r++) {
                links.add(Suppression.Link.same(
                        new Suppression.Ref("bronnen", r, 0), new Suppression.Ref("funnel", r, 0)));
                for (int c = 0; c < steps; c++) {
                    links.add(Suppression.Link.hiddenWith(
                            new Suppression.Ref("mediaan", r, c), new Suppression.Ref("funnel", r, c)));
                }
            }
            links.add(Suppression.Link.same(Suppression.Ref.total("bronnen", 0), Suppression.Ref.total("funnel", 0)));
            links.add(Suppression.Link.same(Suppression.Ref.total("maanden", 0), Suppression.Ref.total("funnel", 0)));
            List<FigureTable> report = List.of(a, b, mo, d);

            List<FigureTable> shown = STANDARD.apply(report, links);

            assertThat(STANDARD.apply(shown, links)).as("idempotent").isEqualTo(shown);
            assertPrimary(a, shown.get(0));
            assertPrimary(mo, shown.get(2));
            assertNothingRecoverable(report, shown, links);
        }
    }

    @Test
    void linkedCountsMustAgree() {
        FigureTable one = new FigureTable("een", "Een", List.of("Aantal"), List.of(FigureRow.of("a", c(7))), null);
        FigureTable two = new FigureTable("twee", "Twee", List.of("Aantal"), List.of(FigureRow.of("a", c(8))), null);
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> STANDARD.apply(
                        List.of(one, two),
                        List.of(Suppression.Link.same(
                                new Suppression.Ref("een", 0, 0), new Suppression.Ref("twee", 0, 0)))));
    }

    private static FigureTable rename(FigureTable table, String key) {
        return new FigureTable(
                key, table.title(), table.columns(), table.rows(), table.total(), table.lastColumnIsTotal());
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

    /** The attacker's view of one table: see {@link #assertNothingRecoverable(List, List, List)}. */
    private static void assertNothingRecoverable(FigureTable given, FigureTable shown) {
        assertNothingRecoverable(List.of(given), List.of(shown), List.of());
    }

    /**
     * The attacker's view of a whole report, written independently of {@link Suppression}: the stated sums of every
     * table (each column of the total row, each row's last cell when it is a total column), which cells of different
     * tables hold the same count (the links marked {@code same}: the attacker reads the report's labels and knows
     * that the sources' total is the funnel's total), and every count shown anywhere. Checks:
     *
     * <ol>
     *   <li>by subtraction, repeatedly, across tables: a sum with exactly one unknown count gives that count, which
     *       then counts as shown in every table that holds it; no hidden count may ever be found this way;
     *   <li>by any combination of all the sums of all tables: Gaussian elimination (in doubles) must leave every
     *       hidden count free;
     *   <li>for every sum with a shown total, the hidden parts' sum must not prove a hidden count to be small;
     *   <li>a count is hidden in every table or in none, and a figure that reveals a count (an average over it, a
     *       percentage of it) is hidden whenever that count is.
     * </ol>
     */
    private static void assertNothingRecoverable(
            List<FigureTable> given, List<FigureTable> shown, List<Suppression.Link> links) {
        // every count cell "t:r:c" -> its quantity (cells linked as the same count share one)
        java.util.Map<String, Integer> quantityOf = new java.util.HashMap<>();
        List<List<String>> quantities = new ArrayList<>();
        for (int t = 0; t < given.size(); t++) {
            List<FigureRow> rows = all(given.get(t));
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).cells().size(); c++) {
                    if (rows.get(r).cells().get(c) instanceof Count) {
                        quantityOf.put(t + ":" + r + ":" + c, quantities.size());
                        quantities.add(new ArrayList<>(List.of(t + ":" + r + ":" + c)));
                    }
                }
            }
        }
        for (Suppression.Link link : links) {
            if (!link.same()) {
                continue;
            }
            int a = quantityOf.get(key(given, link.figure()));
            int b = quantityOf.get(key(given, link.count()));
            if (a != b) {
                for (String cell : quantities.get(b)) {
                    quantityOf.put(cell, a);
                    quantities.get(a).add(cell);
                }
                quantities.get(b).clear();
            }
        }
        // 4a. one fate per count
        boolean[] hiddenQ = new boolean[quantities.size()];
        int[] valueQ = new int[quantities.size()];
        for (int q = 0; q < quantities.size(); q++) {
            List<Boolean> fates = new ArrayList<>();
            for (String cell : quantities.get(q)) {
                fates.add(figure(shown, cell) instanceof Suppressed);
                valueQ[q] = ((Count) figure(given, cell)).value();
            }
            assertThat(new java.util.HashSet<>(fates))
                    .as("count %s shown in one table and hidden in another", quantities.get(q))
                    .hasSizeLessThanOrEqualTo(1);
            hiddenQ[q] = !fates.isEmpty() && fates.get(0);
        }
        // 4b. a figure that reveals a hidden count is hidden
        for (Suppression.Link link : links) {
            if (!link.same() && figure(shown, key(given, link.count())) instanceof Suppressed) {
                assertThat(figure(shown, key(given, link.figure())))
                        .as("%s reveals the hidden count %s", link.figure(), link.count())
                        .isInstanceOf(Suppressed.class);
            }
        }
        // the stated sums, as quantities: {total, part, part, ...}
        List<int[]> sums = new ArrayList<>();
        for (int t = 0; t < given.size(); t++) {
            FigureTable table = given.get(t);
            List<FigureRow> rows = all(table);
            int columns = table.columns().size();
            if (table.total() != null) {
                for (int c = 0; c < columns; c++) {
                    List<Integer> sum = new ArrayList<>();
                    sum.add(quantityOf.get(t + ":" + (rows.size() - 1) + ":" + c));
                    for (int r = 0; r < rows.size() - 1; r++) {
                        sum.add(quantityOf.get(t + ":" + r + ":" + c));
                    }
                    if (!sum.contains(null)) {
                        sums.add(sum.stream().mapToInt(Integer::intValue).toArray());
                    }
                }
            }
            if (table.lastColumnIsTotal()) {
                for (int r = 0; r < rows.size(); r++) {
                    List<Integer> sum = new ArrayList<>();
                    sum.add(quantityOf.get(t + ":" + r + ":" + (columns - 1)));
                    for (int c = 0; c < columns - 1; c++) {
                        sum.add(quantityOf.get(t + ":" + r + ":" + c));
                    }
                    if (!sum.contains(null)) {
                        sums.add(sum.stream().mapToInt(Integer::intValue).toArray());
                    }
                }
            }
        }
        List<Integer> hidden = new ArrayList<>();
        boolean[] known = new boolean[quantities.size()];
        for (int q = 0; q < quantities.size(); q++) {
            known[q] = !hiddenQ[q];
            if (!quantities.get(q).isEmpty() && hiddenQ[q]) {
                hidden.add(q);
            }
        }

        // 1. Subtraction, repeated until nothing more is found.
        boolean found = true;
        while (found) {
            found = false;
            for (int[] sum : sums) {
                List<Integer> unknown = Arrays.stream(sum)
                        .filter(q -> !known[q])
                        .distinct()
                        .boxed()
                        .toList();
                if (unknown.size() == 1) {
                    known[unknown.get(0)] = true;
                    found = true;
                    assertThat(quantities.get(unknown.get(0)))
                            .as("count recovered by subtraction in %s", given)
                            .isNull();
                }
            }
        }

        // 2. Any linear combination: a hidden count is determined iff removing its column lowers the rank.
        double[][] system = new double[sums.size()][hidden.size()];
        for (int i = 0; i < sums.size(); i++) {
            int[] sum = sums.get(i);
            for (int j = 0; j < sum.length; j++) {
                int k = hidden.indexOf(sum[j]);
                if (k >= 0) {
                    system[i][k] += j == 0 ? 1 : -1;
                }
            }
        }
        int rank = rank(system, -1);
        for (int k = 0; k < hidden.size(); k++) {
            assertThat(rank(system, k))
                    .as("count %s determined by the sums in %s", quantities.get(hidden.get(k)), given)
                    .isEqualTo(rank);
        }

        // 3. A shown total minus its shown parts must not prove a hidden part small (each hidden count ≥ 1).
        for (int[] sum : sums) {
            if (hiddenQ[sum[0]]) {
                continue;
            }
            int hiddenSum = valueQ[sum[0]];
            int hiddenParts = 0;
            for (int j = 1; j < sum.length; j++) {
                if (hiddenQ[sum[j]]) {
                    hiddenParts++;
                } else {
                    hiddenSum -= valueQ[sum[j]];
                }
            }
            if (hiddenParts > 0) {
                assertThat(hiddenSum - (hiddenParts - 1))
                        .as("largest possible hidden part in %s", given)
                        .isGreaterThanOrEqualTo(5);
            }
        }
    }

    private static String key(List<FigureTable> tables, Suppression.Ref ref) {
        for (int t = 0; t < tables.size(); t++) {
            if (tables.get(t).key().equals(ref.table())) {
                int row = ref.row() == Suppression.Ref.TOTAL
                        ? tables.get(t).rows().size()
                        : ref.row();
                return t + ":" + row + ":" + ref.column();
            }
        }
        throw new AssertionError("no table " + ref.table());
    }

    private static Figure figure(List<FigureTable> tables, String key) {
        String[] parts = key.split(":");
        return all(tables.get(Integer.parseInt(parts[0])))
                .get(Integer.parseInt(parts[1]))
                .cells()
                .get(Integer.parseInt(parts[2]));
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
