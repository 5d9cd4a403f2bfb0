package nl.naober.monitoring.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.naober.monitoring.MonitoringReport;
import nl.naober.monitoring.report.Figure;
import nl.naober.monitoring.report.FigureRow;
import nl.naober.monitoring.report.FigureTable;
import nl.naober.monitoring.web.archive.ArchivedReport;
import nl.naober.monitoring.web.archive.ReportArchive;
import org.junit.jupiter.api.Test;

/**
 * The archive format of a frozen evaluation report, without Spring: its own types, versioned, and format 0 (the REST
 * DTO's JSON of the day, {@code archive/format0-stored.json}) converted to format 1 without losing a figure.
 */
class ArchivedReportFormatTest {

    @Test
    void theArchiveTypesDependOnNeitherTheRestDtoNorTheWebLayer() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.naober.monitoring.web.archive");
        // why: the archive must not change when the API does; only the mapper in monitoring.web knows both
        ArchRuleDefinition.classes()
                .that()
                .resideInAPackage("nl.naober.monitoring.web.archive..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "nl.naober.monitoring.web.archive..",
                        "nl.naober.monitoring.report..",
                        "java..",
                        "com.fasterxml.jackson.annotation..",
                        "tools.jackson..")
                .check(classes);
    }

    @Test
    void aFormat0ReportReadsAsFormat1WithEveryFigureAndItsDisplayText() throws IOException {
        String format0 = ArchivedReportCompatibilityTest.fixture("format0-stored.json");

        ArchivedReport archived = ReportArchive.read(format0);
        MonitoringReport report = ArchivedReports.restore(archived);

        assertThat(archived.formatVersion()).isEqualTo(ArchivedReport.FORMAT_VERSION);
        assertThat(report.tables()).hasSize(15);
        assertThat(report.costAvoided().amount()).isEqualTo(new Figure.Suppressed(5, true));
        assertThat(report.internal()).isNull();
        // every display text the format-0 JSON carried is given again by the restored figures
        for (String text : displayTexts(format0)) {
            assertThat(allTexts(report)).contains(text);
        }
    }

    @Test
    void freezingAndReadingBackGivesTheSameReportInFormat1() throws IOException {
        MonitoringReport report = ArchivedReports.restore(
                ReportArchive.read(ArchivedReportCompatibilityTest.fixture("format0-stored.json")));

        String stored = ReportArchive.write(ArchivedReports.archive(report));

        assertThat(stored).startsWith("{\"formatVersion\":1,");
        // no figure's display text and no internal mark: only the cost avoided's sentence is text of its own
        assertThat(stored.replace("\"text\":\"Indicatief", "")).doesNotContain("\"text\"", "\"internal\"");
        assertThat(ArchivedReports.restore(ReportArchive.read(stored))).isEqualTo(report);
    }

    @Test
    void numbersKeepTheirExactDecimalsAsTheApiShowsThem() {
        List<Figure> figures = List.of(
                new Figure.Ratio(new BigDecimal("0E-12")),
                new Figure.Ratio(new BigDecimal("51.8571428571428571")),
                new Figure.Average(new BigDecimal("3.333333333333333"), 0),
                new Figure.Percentage(new BigDecimal("10.0"), 0, 0),
                new Figure.Money(new BigDecimal("60000.00")));
        MonitoringReport report = new MonitoringReport(
                "x",
                "X",
                "Evaluatierapport X",
                LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 3, 31),
                LocalDate.of(2026, 12, 7),
                5,
                "legenda",
                List.of(new FigureTable(
                        "cijfers",
                        "Cijfers",
                        List.of("a", "b", "c", "d", "e"),
                        List.of(new FigureRow("rij", figures)),
                        null)),
                null,
                null);

        MonitoringReport read =
                ArchivedReports.restore(ReportArchive.read(ReportArchive.write(ArchivedReports.archive(report))));

        assertThat(read.tables().get(0).rows().get(0).cells())
                .extracting(Object::toString)
                .containsExactlyElementsOf(
                        figures.stream().map(Object::toString).toList());
    }

    @Test
    void anUnknownVersionOrPropertyIsRefusedRatherThanMisread() {
        assertThatThrownBy(() -> ReportArchive.read("{\"formatVersion\":2}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown format 2");
        assertThatThrownBy(() -> ReportArchive.read("{\"formatVersion\":1,\"surprise\":true}"))
                .isInstanceOf(RuntimeException.class);
    }

    private static List<String> displayTexts(String json) {
        List<String> texts = new java.util.ArrayList<>();
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("\"text\":\"([^\"]*)\"}").matcher(json);
        while (m.find()) {
            texts.add(m.group(1));
        }
        assertThat(texts).hasSizeGreaterThan(100);
        return texts;
    }

    private static java.util.Set<String> allTexts(MonitoringReport report) {
        java.util.Set<String> texts = new java.util.HashSet<>();
        report.tables().forEach(t -> t.rows().forEach(r -> r.cells().forEach(c -> texts.add(c.text()))));
        report.tables().forEach(t -> t.totalRow().ifPresent(r -> r.cells().forEach(c -> texts.add(c.text()))));
        report.costAvoided().assumptions().forEach(a -> texts.add(a.figure().text()));
        texts.add(report.costAvoided().amount().text());
        texts.add(report.costAvoided().text());
        return texts;
    }
}
