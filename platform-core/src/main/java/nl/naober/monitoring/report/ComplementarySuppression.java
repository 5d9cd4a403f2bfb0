package nl.naober.monitoring.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Rules 1 to 3 of {@link Suppression} on a grid whose primary suppression is done: hide more cells until no stated
 * sum reveals a hidden count, each time the smallest shown count (first in reading order on a tie).
 */
final class ComplementarySuppression {

    private final SuppressionGrid grid;

    ComplementarySuppression(SuppressionGrid grid) {
        this.grid = grid;
    }

    void run() {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (StatedSum line : grid.lines()) {
                GridCell extra = protect(line);
                if (extra != null) {
                    grid.hide(extra);
                    changed = true;
                }
            }
            if (!changed) {
                GridCell determined = firstDetermined();
                if (determined != null) {
                    GridCell extra = smallestShown(linesThrough(determined));
                    if (extra == null) {
                        extra = smallestShown(grid.lines());
                    }
                    if (extra != null) {
                        grid.hide(extra);
                        changed = true;
                    }
                }
            }
        }
    }

    /** Rules 1 and 2 for one line: the cell to hide to protect it, or {@code null} when it is safe (or cannot be made so). */
    private GridCell protect(StatedSum line) {
        List<GridCell> hiddenParts =
                line.parts().stream().filter(grid::isHidden).toList();
        int m = hiddenParts.size();
        if (grid.isHidden(line.total())) {
            return m == 0 ? smallestShownPart(line) : null;
        }
        if (m == 0) {
            return null;
        }
        long shownSum = line.parts().stream()
                .filter(cell -> !grid.isHidden(cell))
                .mapToLong(grid::value)
                .sum();
        long hiddenSum = grid.value(line.total()) - shownSum;
        if (m >= 2 && hiddenSum - (m - 1) >= grid.threshold()) {
            return null;
        }
        boolean timeColumn = grid.isTimeSeriesTotal(line.total());
        if (timeColumn && grid.value(line.total()) > 0) {
            return line.total();
        }
        GridCell part = smallestShownPart(line);
        if (part != null) {
            return part;
        }
        return grid.value(line.total()) > 0 ? line.total() : null;
    }

    private GridCell smallestShownPart(StatedSum line) {
        return smallest(line.parts());
    }

    private GridCell smallestShown(List<StatedSum> candidates) {
        List<GridCell> cells = new ArrayList<>();
        for (StatedSum line : candidates) {
            cells.addAll(line.cells());
        }
        return smallest(cells);
    }

    /** The smallest shown non-zero count among the cells, the first in reading order on a tie. */
    private GridCell smallest(List<GridCell> cells) {
        GridCell best = null;
        for (GridCell cell : cells) {
            if (grid.isHidden(cell) || grid.value(cell) == 0) {
                continue;
            }
            if (best == null
                    || grid.value(cell) < grid.value(best)
                    || (grid.value(cell) == grid.value(best) && GridCell.compare(cell, best) < 0)) {
                best = cell;
            }
        }
        return best;
    }

    private List<StatedSum> linesThrough(GridCell cell) {
        List<GridCell> same = grid.members(cell);
        return grid.lines().stream()
                .filter(line -> line.cells().stream().anyMatch(same::contains))
                .toList();
    }

    /** Rule 3: the first hidden count (reading order) that all lines of all tables determine, or {@code null}. */
    private GridCell firstDetermined() {
        List<GridCell> unknowns = new ArrayList<>();
        for (StatedSum line : grid.lines()) {
            for (GridCell cell : line.cells()) {
                GridCell q = grid.representative(cell);
                if (grid.isHidden(cell) && !unknowns.contains(q)) {
                    unknowns.add(q);
                }
            }
        }
        if (unknowns.isEmpty()) {
            return null;
        }
        unknowns.sort(GridCell::compare);
        long[][] system = new long[grid.lines().size()][unknowns.size()];
        for (int i = 0; i < grid.lines().size(); i++) {
            StatedSum line = grid.lines().get(i);
            for (GridCell part : line.parts()) {
                int k = unknowns.indexOf(grid.representative(part));
                if (k >= 0) {
                    system[i][k] = Math.floorMod(system[i][k] - 1, ModularRank.P);
                }
            }
            int k = unknowns.indexOf(grid.representative(line.total()));
            if (k >= 0) {
                system[i][k] = Math.floorMod(system[i][k] + 1, ModularRank.P);
            }
        }
        int rank = ModularRank.rank(system, -1);
        for (int k = 0; k < unknowns.size(); k++) {
            if (ModularRank.rank(system, k) < rank) {
                return unknowns.get(k);
            }
        }
        return null;
    }
}
