package nl.naober.monitoring.report;

/**
 * Rank over the integers modulo a large prime. The lines' coefficients are 0 and ±1 and one table's sums form a
 * network matrix (totally unimodular: every minor is 0 or ±1), so for one table this rank equals the rank over
 * the rationals. Across linked tables the matrix need not be unimodular; its minors are still small integers, far
 * below the prime for the sizes of a report, so the two ranks agree unless the prime happens to divide every
 * largest minor, which a report's sums of small counts do not produce in practice.
 */
final class ModularRank {

    static final long P = 2_147_483_647L;

    private ModularRank() {}

    /** The rank of {@code matrix} without column {@code skip} (-1: all columns). */
    static int rank(long[][] matrix, int skip) {
        int rows = matrix.length;
        int columns = rows == 0 ? 0 : matrix[0].length;
        long[][] m = new long[rows][];
        for (int r = 0; r < rows; r++) {
            m[r] = matrix[r].clone();
            if (skip >= 0) {
                m[r][skip] = 0;
            }
        }
        int rank = 0;
        for (int c = 0; c < columns && rank < rows; c++) {
            int pivot = -1;
            for (int r = rank; r < rows; r++) {
                if (m[r][c] != 0) {
                    pivot = r;
                    break;
                }
            }
            if (pivot < 0) {
                continue;
            }
            long[] swap = m[pivot];
            m[pivot] = m[rank];
            m[rank] = swap;
            long inverse = power(m[rank][c], P - 2);
            for (int r = 0; r < rows; r++) {
                if (r != rank && m[r][c] != 0) {
                    long factor = m[r][c] * inverse % P;
                    for (int k = c; k < columns; k++) {
                        m[r][k] = Math.floorMod(m[r][k] - factor * m[rank][k] % P, P);
                    }
                }
            }
            rank++;
        }
        return rank;
    }

    private static long power(long base, long exponent) {
        long result = 1;
        long b = base % P;
        long e = exponent;
        while (e > 0) {
            if ((e & 1) == 1) {
                result = result * b % P;
            }
            b = b * b % P;
            e >>= 1;
        }
        return result;
    }
}
