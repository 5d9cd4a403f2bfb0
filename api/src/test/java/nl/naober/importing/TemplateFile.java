package nl.naober.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds import files in tests: rows per sheet (cells by column name), written as one XLSX workbook or as CSV files
 * the way Dutch Excel writes them. Columns are those of {@link ImportKind}, so the files stay in step with the code.
 */
final class TemplateFile {

    private final Map<ImportKind, List<Map<String, String>>> rows = new EnumMap<>(ImportKind.class);

    /** Adds a row: column, value, column, value, … */
    TemplateFile row(ImportKind kind, String... columnsAndValues) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            row.put(columnsAndValues[i], columnsAndValues[i + 1]);
        }
        rows.computeIfAbsent(kind, k -> new ArrayList<>()).add(row);
        return this;
    }

    /** Every kind with rows, plus those asked for with no rows (to show an empty sheet in the template). */
    List<ImportKind> kinds() {
        return List.copyOf(rows.keySet());
    }

    TemplateFile sheet(ImportKind kind) {
        rows.computeIfAbsent(kind, k -> new ArrayList<>());
        return this;
    }

    int count(ImportKind kind) {
        return rows.getOrDefault(kind, List.of()).size();
    }

    byte[] xlsx() {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Map.Entry<ImportKind, List<Map<String, String>>> entry : rows.entrySet()) {
                Sheet sheet = workbook.createSheet(entry.getKey().sheet());
                List<Column> columns = entry.getKey().columns();
                Row header = sheet.createRow(0);
                for (int c = 0; c < columns.size(); c++) {
                    header.createCell(c).setCellValue(columns.get(c).name());
                }
                int r = 1;
                for (Map<String, String> values : entry.getValue()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < columns.size(); c++) {
                        String value = values.get(columns.get(c).name());
                        if (value != null) {
                            row.createCell(c).setCellValue(value);
                        }
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One kind as CSV: {@code ;}-separated UTF-8 with a byte order mark, as Dutch Excel's "CSV UTF-8" writes it. */
    byte[] csv(ImportKind kind) {
        return csv(kind, ';', true, StandardCharsets.UTF_8);
    }

    byte[] csv(ImportKind kind, char separator, boolean bom, Charset charset) {
        StringWriter text = new StringWriter();
        List<Column> columns = kind.columns();
        try (CSVPrinter printer = new CSVPrinter(
                text, CSVFormat.DEFAULT.builder().setDelimiter(separator).get())) {
            printer.printRecord(columns.stream().map(Column::name).toList());
            for (Map<String, String> values : rows.getOrDefault(kind, List.of())) {
                printer.printRecord(columns.stream()
                        .map(c -> values.getOrDefault(c.name(), ""))
                        .toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] body = text.toString().getBytes(charset);
        if (!bom) {
            return body;
        }
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        return withBom;
    }

    /** Every kind with rows as its own CSV upload. */
    List<Upload> csvUploads() {
        return rows.keySet().stream()
                .map(kind -> new Upload(kind.sheet() + ".csv", csv(kind)))
                .toList();
    }
}
