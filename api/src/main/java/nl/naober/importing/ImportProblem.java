package nl.naober.importing;

import java.io.Serializable;

/**
 * One thing wrong in a file, in Dutch, where the coordinator can find it.
 *
 * @param sheet the sheet or CSV file ({@code gezinnen}); the file name for a problem with the file itself
 * @param row the row as the spreadsheet numbers it (the header is row 1); 0 for the sheet or file as a whole
 * @param column the column's header, or empty when the problem is about the row or the sheet
 */
public record ImportProblem(String sheet, int row, String column, String message) implements Serializable {

    /** As the issue writes it: "koppelingen, rij 14, kolom start_proef: ...". */
    public String line() {
        StringBuilder line = new StringBuilder(sheet);
        if (row > 0) {
            line.append(", rij ").append(row);
        }
        if (!column.isEmpty()) {
            line.append(", kolom ").append(column);
        }
        return line.append(": ").append(message).toString();
    }
}
