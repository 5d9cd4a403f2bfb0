package nl.naober.importing;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * One CSV file of one kind, as Dutch Excel writes it: UTF-8 with or without a byte order mark, separated by {@code ;}
 * (Dutch regional settings) or {@code ,}. Anything that is not valid UTF-8 (Excel's "CSV (gescheiden door
 * lijstscheidingsteken)" writes Windows-1252) is refused with the row of the first bad byte, rather than read as
 * garbled names.
 */
final class CsvSheets {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CsvSheets() {}

    static void read(
            ImportKind kind,
            String fileName,
            byte[] bytes,
            Map<ImportKind, List<SheetRow>> sheets,
            List<ImportProblem> problems) {
        String text = decoded(kind, fileName, bytes, problems);
        if (text == null) {
            return;
        }
        List<SheetRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format(text))) {
            List<String> header = null;
            for (CSVRecord record : parser) {
                if (header == null) {
                    header = record.stream().map(Headers::normalise).toList();
                    problems.addAll(Headers.check(kind, header));
                } else {
                    row(kind, header, record, problems).ifPresent(rows::add);
                }
            }
            if (header == null) {
                problems.add(new ImportProblem(kind.sheet(), 0, "", "het bestand " + fileName + " is leeg"));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            problems.add(new ImportProblem(
                    kind.sheet(), 0, "", "het bestand " + fileName + " is geen leesbare CSV: " + e.getMessage()));
            return;
        }
        SheetRow.append(sheets, kind, rows);
    }

    /** The text after a byte order mark; null (with the problem added) when it is not valid UTF-8. */
    private static String decoded(ImportKind kind, String fileName, byte[] bytes, List<ImportProblem> problems) {
        int start = startsWithBom(bytes) ? BOM.length : 0;
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                    .toString();
        } catch (CharacterCodingException e) {
            problems.add(new ImportProblem(
                    kind.sheet(),
                    lineOfFirstBadByte(bytes, start),
                    "",
                    "het bestand " + fileName + " is geen UTF-8 (waarschijnlijk Windows-1252): sla het in Excel op als"
                            + " \"CSV UTF-8 (door komma's gescheiden)\" en lees het opnieuw in"));
            return null;
        }
    }

    /** Separated by {@code ;} when the header line has at least as many of those as commas, else by {@code ,}. */
    private static CSVFormat format(String text) {
        String firstLine = text.lines().findFirst().orElse("");
        char separator = count(firstLine, ';') >= count(firstLine, ',') && count(firstLine, ';') > 0 ? ';' : ',';
        return CSVFormat.DEFAULT
                .builder()
                .setDelimiter(separator)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
    }

    /** The record's filled cells by column; empty for a row without any; a problem for cells beyond the header. */
    private static Optional<SheetRow> row(
            ImportKind kind, List<String> header, CSVRecord record, List<ImportProblem> problems) {
        int number = (int) record.getRecordNumber();
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < record.size() && i < header.size(); i++) {
            String value = record.get(i);
            if (!value.isBlank()) {
                values.put(header.get(i), value);
            }
        }
        if (record.size() > header.size() && record.stream().skip(header.size()).anyMatch(v -> !v.isBlank())) {
            problems.add(new ImportProblem(kind.sheet(), number, "", "meer cellen dan kolommen in de kopregel"));
        }
        return values.isEmpty() ? Optional.empty() : Optional.of(new SheetRow(kind, number, values));
    }

    private static boolean startsWithBom(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
    }

    private static int count(String line, char c) {
        return (int) line.chars().filter(ch -> ch == c).count();
    }

    /** The line (1-based) of the first byte that is not valid UTF-8, for the problem report. */
    private static int lineOfFirstBadByte(byte[] bytes, int start) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        int line = 1;
        int lineStart = start;
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                try {
                    decoder.reset().decode(ByteBuffer.wrap(bytes, lineStart, i - lineStart));
                } catch (CharacterCodingException e) {
                    return line;
                }
                line++;
                lineStart = i + 1;
            }
        }
        return line;
    }
}
