package nl.naober.monitoring.screens;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.naober.matching.TrialEndReason;
import nl.naober.matching.TrialEndReasonCounts;
import nl.naober.monitoring.MonitoringPeriod;
import nl.naober.monitoring.report.Figure;
import nl.naober.monitoring.report.FigureTable;
import nl.naober.monitoring.web.MonitoringSeed;
import nl.naober.municipality.MunicipalityRegistry;
import nl.naober.municipality.MunicipalitySummary;
import nl.naober.support.NaoberIntegrationTest;
import nl.naober.support.Sql;
import nl.naober.tenancy.Tenant;
import nl.naober.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 16, "Proefperiode niet voortgezet, naar reden": trials ended in the period per reason, the ones ended before
 * the reason was asked in a row of their own, suppressed with the municipality's threshold like the leave reasons.
 * The rows lie in 2011 in De Wolden, where the demo case load has none.
 */
@NaoberIntegrationTest
class TrialEndReasonTableTest {

    static final MonitoringPeriod MARCH_2011 =
            new MonitoringPeriod(LocalDate.parse("2011-03-01"), LocalDate.parse("2011-03-31"));

    @Autowired
    TrialEndReasonTable table;

    @Autowired
    MunicipalityRegistry registry;

    @Autowired
    TrialEndReasonCounts counts;

    @Test
    void countsTheTrialsNotContinuedPerReasonInThePeriodAndSuppressesSmallCells() {
        MonitoringSeed db = new MonitoringSeed("t_de_wolden");
        UUID supportFamily = db.supportFamily("2011-01-03", "AVAILABLE", 9, "2011-01-10");
        for (int i = 0; i < 6; i++) {
            ended(db, supportFamily, "2011-03-1" + i, "NO_CLICK");
        }
        ended(db, supportFamily, "2011-03-20", "NEEDS_MORE_HELP");
        ended(db, supportFamily, "2011-03-21", null);
        ended(db, supportFamily, "2011-04-01", "NO_CLICK"); // after the period

        FigureTable counted = table.table(
                TenantContext.call(Tenant.of("de-wolden"), () -> counts.between(MARCH_2011.from(), MARCH_2011.to())));
        assertThat(counted.key()).isEqualTo("proefperiode-niet-voortgezet-naar-reden");
        assertThat(counted.title()).isEqualTo("Proefperiode niet voortgezet, naar reden");
        assertThat(counted.rows()).hasSize(TrialEndReason.values().length + 1);
        assertThat(counted.rows().get(TrialEndReason.NO_CLICK.ordinal()).label())
                .isEqualTo("Geen klik");
        assertThat(counted.rows().get(TrialEndReason.values().length).label()).startsWith("Geen reden vastgelegd");
        assertThat(cells(counted))
                .containsExactly(count(6), count(0), count(0), count(0), count(0), count(1), count(0), count(1));
        assertThat(counted.total().cells()).containsExactly(count(8));

        MunicipalitySummary deWolden =
                registry.findActiveMunicipality("de-wolden").orElseThrow();
        FigureTable shown = table.of(deWolden, MARCH_2011, false);
        assertThat(cell(shown, TrialEndReason.NEEDS_MORE_HELP.ordinal()))
                .as("one trial for this reason is hidden")
                .isInstanceOf(Figure.Suppressed.class);
        assertThat(cell(shown, TrialEndReason.values().length))
                .as("and so is the one without a recorded reason")
                .isInstanceOf(Figure.Suppressed.class);
        assertThat(cell(shown, TrialEndReason.FAMILY_STOPPED.ordinal())).isEqualTo(count(0));
    }

    private static Figure count(int n) {
        return new Figure.Count(n);
    }

    private static void ended(MonitoringSeed db, UUID supportFamily, String endedOn, String reason) {
        UUID family = db.family("2011-01-05", "SELF_REGISTRATION", null, "WAITING", endedOn);
        UUID match = db.match(
                family,
                supportFamily,
                "ENDED",
                1,
                "WEDNESDAY_AFTERNOON",
                "2011-01-20",
                "2011-02-01",
                null,
                endedOn,
                "TRIAL_NOT_CONTINUED");
        Sql.execute("UPDATE t_de_wolden.family_match SET trial_end_reason = ? WHERE id = ?", reason, match);
    }

    private static Figure cell(FigureTable table, int row) {
        return table.rows().get(row).cells().get(0);
    }

    static List<Figure> cells(FigureTable table) {
        return table.rows().stream().map(r -> r.cells().get(0)).toList();
    }
}
