package nl.naober.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook with one sheet per kind, read with Apache POI. A formula is never evaluated: its cell is refused (a
 * spreadsheet's formula may point anywhere; the import takes values only). Date cells become yyyy-mm-dd, whole
 * numbers lose their ".0", and blank rows are skipped.
 */
final class XlsxSheets {

    private XlsxSheets() {}

    static void read(
            String fileName, byte[] bytes, Map<ImportKind, List<SheetRow>> sheets, List<ImportProblem> problems) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            for (Sheet sheet : workbook) {
                Optional<ImportKind> kind = ImportKind.named(sheet.getSheetName());
                if (kind.isEmpty()) {
                    if (sheet.getPhysicalNumberOfRows() > 0) {
                        problems.add(new ImportProblem(
                                sheet.getSheetName(),
                                0,
                                "",
                                "onbekend blad; de import kent: "
                                        + String.join(
                                                ", ",
                                                java.util.Arrays.stream(ImportKind.values())
                                                        .map(ImportKind::sheet)
                                                        .toList())));
                    }
                    continue;
                }
                read(kind.get(), sheet, sheets, problems);
            }
        } catch (IOException | RuntimeException e) {
            problems.add(new ImportProblem(fileName, 0, "", "dit is geen leesbaar Excel-bestand (.xlsx)"));
        }
    }

    private static void read(
            ImportKind kind, Sheet sheet, Map<ImportKind, List<SheetRow>> sheets, List<ImportProblem> problems) {
        List<String> header = null;
        List<SheetRow> rows = new ArrayList<>();
        for (Row row : sheet) {
            if (header == null) {
                header = header(row);
                problems.addAll(Headers.check(kind, header));
            } else {
                row(kind, header, row, problems).ifPresent(rows::add);
            }
        }
        if (header != null) {
            SheetRow.append(sheets, kind, rows);
        }
    }

    /** The normalised column names; a cell that is not text names no column (""). */
    private static List<String> header(Row row) {
        List<String> header = new ArrayList<>();
        for (int i = 0; i < row.getLastCellNum(); i++) {
            Cell cell = row.getCell(i);
            header.add(
                    cell == null || cell.getCellType() != CellType.STRING
                            ? ""
                            : Headers.normalise(cell.getStringCellValue()));
        }
        return header;
    }

    /**
     * The row's filled cells by column, empty for a row without any. A formula or an error value is refused with a
     * problem: the row is then kept (marked unreadable) so that it is checked, but never imported.
     */
    private static Optional<SheetRow> row(ImportKind kind, List<String> header, Row row, List<ImportProblem> problems) {
        int number = row.getRowNum() + 1;
        Map<String, String> values = new HashMap<>();
        boolean refused = false;
        for (int i = 0; i < header.size(); i++) {
            Cell cell = row.getCell(i);
            if (cell == null || header.get(i).isEmpty()) {
                continue;
            }
            String column = header.get(i);
            String refusal = refusal(cell);
            if (refusal != null) {
                refused = true;
                problems.add(new ImportProblem(kind.sheet(), number, column, refusal));
            } else {
                String text = text(cell);
                if (text != null && !text.isBlank()) {
                    values.put(column, text);
                }
            }
        }
        return values.isEmpty() && !refused
                ? Optional.empty()
                : Optional.of(new SheetRow(kind, number, values, refused));
    }

    /** Why the cell cannot be read, or null when it can. */
    private static String refusal(Cell cell) {
        return switch (cell.getCellType()) {
            case FORMULA ->
                "bevat een formule (" + cell.getCellFormula() + "); de import rekent niet: vul de waarde zelf in";
            case ERROR -> "bevat een foutwaarde";
            default -> null;
        };
    }

    private static String text(Cell cell) {
        return switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> cell.getBooleanCellValue() ? "ja" : "nee";
            case NUMERIC ->
                DateUtil.isCellDateFormatted(cell)
                        ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                        : BigDecimal.valueOf(cell.getNumericCellValue())
                                .stripTrailingZeros()
                                .toPlainString();
            default -> null;
        };
    }
}
