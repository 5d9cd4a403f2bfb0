package nl.naober.monitoring.screens;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.naober.family.FamilyStatus;
import nl.naober.family.LeaveReason;
import nl.naober.family.LeaveReasonCount;
import nl.naober.monitoring.report.Figure;
import nl.naober.monitoring.report.FigureTable;
import nl.naober.monitoring.report.Suppression;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/** The table of declines and withdrawals by reason: counted per column, "–" where a reason does not fit, suppressed. */
class LeaveReasonTableTest {

    private final LeaveReasonTable table = new LeaveReasonTable(null, null, new StaticMessageSource());

    @Test
    void countsPerReasonAndStatusWithTotalsAndNoZeroWhereAReasonDoesNotFit() {
        FigureTable counted = table.table(List.of(
                new LeaveReasonCount(FamilyStatus.DECLINED, LeaveReason.NOT_IN_TARGET_GROUP, 6),
                new LeaveReasonCount(FamilyStatus.WITHDRAWN, LeaveReason.MOVED, 7),
                new LeaveReasonCount(FamilyStatus.WITHDRAWN, LeaveReason.OTHER, 1)));

        assertThat(counted.key()).isEqualTo(LeaveReasonTable.KEY);
        assertThat(counted.rows()).hasSize(LeaveReason.values().length);
        assertThat(row(counted, LeaveReason.NOT_IN_TARGET_GROUP))
                .containsExactly(new Figure.Count(6), new Figure.Empty(), new Figure.Count(6));
        assertThat(row(counted, LeaveReason.MOVED))
                .containsExactly(new Figure.Empty(), new Figure.Count(7), new Figure.Count(7));
        assertThat(counted.total().cells())
                .containsExactly(new Figure.Count(6), new Figure.Count(8), new Figure.Count(14));

        FigureTable shown = Suppression.standard().apply(counted);
        assertThat(row(shown, LeaveReason.OTHER).get(1))
                .as("one withdrawal for another reason is hidden")
                .isInstanceOf(Figure.Suppressed.class);
        assertThat(shown.total().cells().get(1))
                .as("and not recomputable from the withdrawals' total and the rest")
                .satisfiesAnyOf(
                        total -> assertThat(total).isInstanceOf(Figure.Suppressed.class),
                        total ->
                                assertThat(row(shown, LeaveReason.MOVED).get(1)).isInstanceOf(Figure.Suppressed.class));
    }

    private static List<Figure> row(FigureTable table, LeaveReason reason) {
        return table.rows().get(reason.ordinal()).cells();
    }
}
