package nl.naober.monitoring.report;

import java.util.ArrayList;
import java.util.List;

/** One stated sum of a report's table: {@code total = sum of parts} (a column's total row, a row's total column). */
record StatedSum(GridCell total, List<GridCell> parts) {

    List<GridCell> cells() {
        List<GridCell> cells = new ArrayList<>(parts);
        cells.add(total);
        return cells;
    }
}
