package nl.naober.monitoring.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.naober.monitoring.MonitoringReport;
import nl.naober.monitoring.ReportSummary;
import nl.naober.monitoring.report.Figure;
import nl.naober.monitoring.report.FigureRow;
import nl.naober.monitoring.report.FigureTable;

/**
 * A report's tables as CSV. Two shapes, aggregates only, like the report:
 *
 * <ul>
 *   <li>{@link #of}: for machines (the REST API): RFC 4180, UTF-8, one line per cell, {@code tabel,rij,kolom,waarde},
 *       with machine values (a dot for decimals, {@code <5} for a suppressed cell).
 *   <li>{@link #forExcel}: for people (the screens' "voor Excel" download), as Dutch Excel opens a CSV file by
 *       double-click: a UTF-8 byte order mark (else Excel reads ë and € as Windows-1252), semicolons between fields (a
 *       comma is the Dutch decimal separator), a decimal comma and no thousands separator (so Excel reads a number),
 *       and one block per table: its title, its header row, its rows and total, then an empty line.
 * </ul>
 */
public final class ReportCsv {

    private ReportCsv() {}

    public static String of(MonitoringReport report) {
        StringBuilder csv = new StringBuilder("tabel,rij,kolom,waarde\r\n");
        List<FigureTable> tables = new ArrayList<>(report.tables());
        tables.add(report.costAvoided().table());
        for (FigureTable table : tables) {
            for (FigureRow row :
                    table.totalRow().map(total -> concat(table.rows(), total)).orElse(table.rows())) {
                for (int column = 0; column < table.columns().size(); column++) {
                    csv.append(line(
                            table.key(),
                            row.label(),
                            table.columns().get(column),
                            row.cells().get(column).csv()));
                }
            }
        }
        return csv.toString();
    }

    /** The byte order mark that makes Excel read the file as UTF-8. */
    public static final char BOM = '\uFEFF';

    /** The report for Dutch Excel: see the class documentation. */
    public static String forExcel(MonitoringReport report, String derivedLegend) {
        StringBuilder csv = new StringBuilder().append(BOM);
        excelLine(csv, report.title());
        excelLine(csv, "Periode", report.from() + " t/m " + report.to());
        excelLine(csv, "Cijfers van", report.asOf().toString());
        excelLine(csv, report.suppressionLegend());
        excelLine(csv, derivedLegend);
        csv.append("\r\n");
        excelLine(csv, "Samenvatting");
        for (ReportSummary.Line line : ReportSummary.of(report).lines()) {
            excelLine(csv, line.term(), line.text());
        }
        List<FigureTable> tables = new ArrayList<>(report.tables());
        tables.add(report.costAvoided().table());
        for (FigureTable table : tables) {
            csv.append("\r\n");
            excelLine(csv, table.title());
            List<String> header = new ArrayList<>();
            header.add("");
            header.addAll(table.columns());
            excelLine(csv, header.toArray(String[]::new));
            for (FigureRow row :
                    table.totalRow().map(total -> concat(table.rows(), total)).orElse(table.rows())) {
                List<String> fields = new ArrayList<>();
                fields.add(row.label());
                row.cells().forEach(cell -> fields.add(excelValue(cell)));
                excelLine(csv, fields.toArray(String[]::new));
            }
        }
        return csv.toString();
    }

    /**
     * A number as Dutch Excel reads it ({@code 1234,5}: the machine value with a comma); a hidden figure or a reason
     * ("geen budget ingevoerd") as its words.
     */
    static String excelValue(Figure figure) {
        if (figure instanceof Figure.Suppressed || figure instanceof Figure.Empty) {
            return figure instanceof Figure.Empty empty && empty.reason() == null ? "" : figure.text();
        }
        return figure.csv().replace('.', ',');
    }

    private static void excelLine(StringBuilder csv, String... values) {
        csv.append(Arrays.stream(values).map(ReportCsv::excelField).collect(Collectors.joining(";")))
                .append("\r\n");
    }

    private static String excelField(String value) {
        String safe = value.matches("^[=+\\-@].*") && !value.matches("^-?[0-9,]+$") ? "'" + value : value;
        return safe.matches(".*[;\"\r\n].*") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }

    private static List<FigureRow> concat(List<FigureRow> rows, FigureRow total) {
        return Stream.concat(rows.stream(), Stream.of(total)).toList();
    }

    private static String line(String... values) {
        return Arrays.stream(values).map(ReportCsv::quoted).collect(Collectors.joining(",")) + "\r\n";
    }

    private static String quoted(String value) {
        // Quote every field: labels contain commas and quotes; a leading = + - @ must not become a formula.
        String safe = value.matches("^[=+\\-@].*") && !value.matches("^-?[0-9.]+$") ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
