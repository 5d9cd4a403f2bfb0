package nl.naober.monitoring.report;

/** A cell of a {@link SuppressionGrid}: {@code row} counts the total row as the last row of its table. */
record GridCell(int table, int row, int column) {

    /** Reading order: table by table, row by row, column by column. */
    static int compare(GridCell a, GridCell b) {
        int byTable = Integer.compare(a.table(), b.table());
        if (byTable != 0) {
            return byTable;
        }
        int byRow = Integer.compare(a.row(), b.row());
        return byRow != 0 ? byRow : Integer.compare(a.column(), b.column());
    }
}
