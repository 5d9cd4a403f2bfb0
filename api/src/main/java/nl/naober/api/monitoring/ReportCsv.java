package nl.naober.api.monitoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.naober.core.monitoring.report.FigureRow;
import nl.naober.core.monitoring.report.FigureTable;

/**
 * A report's tables as one CSV file (RFC 4180, UTF-8): one line per cell, {@code tabel,rij,kolom,waarde}, with
 * machine values (a dot for decimals, {@code <5} for a suppressed cell). Aggregates only, like the report.
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
