package nl.naober.importing;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads an upload: one .xlsx workbook, or one or more .csv files each named after its kind. */
final class ImportFiles {

    private ImportFiles() {}

    static ImportFile read(List<Upload> uploads) {
        Map<ImportKind, List<SheetRow>> sheets = new EnumMap<>(ImportKind.class);
        List<ImportProblem> problems = new ArrayList<>();
        MessageDigest digest = sha256();
        List<String> names = new ArrayList<>();
        for (Upload upload : uploads) {
            String name = upload.name() == null ? "" : upload.name();
            names.add(name);
            digest.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            digest.update(upload.bytes());
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".xlsx")) {
                XlsxSheets.read(name, upload.bytes(), sheets, problems);
            } else if (lower.endsWith(".csv")) {
                String stem = name.substring(name.lastIndexOf('/') + 1, name.length() - 4);
                Optional<ImportKind> kind = ImportKind.named(stem);
                if (kind.isEmpty()) {
                    problems.add(new ImportProblem(
                            name,
                            0,
                            "",
                            "de bestandsnaam zegt niet welk blad dit is; noem het"
                                    + " bestand naar het blad, bv. gezinnen.csv"));
                } else {
                    CsvSheets.read(kind.get(), name, upload.bytes(), sheets, problems);
                }
            } else {
                problems.add(new ImportProblem(name, 0, "", "alleen .xlsx- en .csv-bestanden kunnen worden ingelezen"));
            }
        }
        if (uploads.isEmpty()) {
            problems.add(new ImportProblem("bestand", 0, "", "er is geen bestand meegestuurd"));
        }
        return new ImportFile(String.join(", ", names), HexFormat.of().formatHex(digest.digest()), sheets, problems);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
