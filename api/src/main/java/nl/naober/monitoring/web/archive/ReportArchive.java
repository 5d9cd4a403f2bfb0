package nl.naober.monitoring.web.archive;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an {@link ArchivedReport} as JSON and reads one back, whichever format version it was written in.
 *
 * <p>The archive has its own {@link JsonMapper}, not the application's: a setting or mix-in added for the REST API
 * must not change the archive.
 *
 * <ul>
 *   <li>Format 1 (written now): {@link ArchivedReport} with {@code "formatVersion": 1}; read strictly, an unknown
 *       property is an error.
 *   <li>Format 0 (closed periods before format 1): the REST DTO's JSON of the day, without a version. It has the
 *       same property names as format 1 for what format 1 keeps, plus what the archive never needed: the
 *       {@code internal} mark (always null in a frozen report), each figure's display text, and in reports frozen
 *       before issue 15 the counts behind a percentage and an average. Those are skipped; a hidden figure without
 *       {@code derived} (before that flag) is a hidden count.
 * </ul>
 */
public final class ReportArchive {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final ObjectReader FORMAT_1 = JSON.readerFor(ArchivedReport.class)
            .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .with(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private static final ObjectReader FORMAT_0 = JSON.readerFor(ArchivedReport.class)
            .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .without(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private static final ObjectReader VERSION_ONLY = JSON.readerFor(Version.class)
            .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .without(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private ReportArchive() {}

    /** The report as stored, in the current format. */
    public static String write(ArchivedReport report) {
        if (report.formatVersion() != ArchivedReport.FORMAT_VERSION) {
            throw new IllegalArgumentException("only format " + ArchivedReport.FORMAT_VERSION + " is written");
        }
        return JSON.writeValueAsString(report);
    }

    /** A stored report of any known format, converted to the current one. */
    public static ArchivedReport read(String stored) {
        // read as text, never through a JSON tree: a tree holds 51.857142857143 or 0E-12 as a double
        int version = VERSION_ONLY.<Version>readValue(stored).formatVersion();
        return switch (version) {
            case 0 -> FORMAT_0.<ArchivedReport>readValue(stored).asCurrentFormat();
            case ArchivedReport.FORMAT_VERSION -> FORMAT_1.readValue(stored);
            default -> throw new IllegalArgumentException("an archived report of unknown format " + version);
        };
    }

    /** Only the version of a stored report; none (format 0) reads as 0. */
    record Version(int formatVersion) {}
}
