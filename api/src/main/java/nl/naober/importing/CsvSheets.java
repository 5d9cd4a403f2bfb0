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
        int start = startsWithBom(bytes) ? BOM.length : 0;
        String text;
        try {
            text = StandardCharsets.UTF_8
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
            return;
        }
        String firstLine = text.lines().findFirst().orElse("");
        char separator = count(firstLine, ';') >= count(firstLine, ',') && count(firstLine, ';') > 0 ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(separator)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        List<SheetRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> header = null;
            for (CSVRecord record : parser) {
                int number = (int) record.getRecordNumber();
                if (header == null) {
                    header = record.stream().map(Headers::normalise).toList();
                    List<ImportProblem> headerProblems = Headers.check(kind, header);
                    problems.addAll(headerProblems);
                    continue;
                }
                Map<String, String> values = new HashMap<>();
                boolean empty = true;
                for (int i = 0; i < record.size() && i < header.size(); i++) {
                    String value = record.get(i);
                    if (!value.isBlank()) {
                        empty = false;
                        values.put(header.get(i), value);
                    }
                }
                if (record.size() > header.size()
                        && record.stream().skip(header.size()).anyMatch(v -> !v.isBlank())) {
                    problems.add(
                            new ImportProblem(kind.sheet(), number, "", "meer cellen dan kolommen in de kopregel"));
                }
                if (!empty) {
                    rows.add(new SheetRow(kind, number, values));
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
        sheets.merge(kind, rows, (a, b) -> {
            List<SheetRow> all = new ArrayList<>(a);
            all.addAll(b);
            return all;
        });
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
