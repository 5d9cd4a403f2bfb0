package nl.naober.support;

import java.util.concurrent.ThreadLocalRandom;

/** CBS codes for municipalities a test onboards: a random one could already be taken by another test's. */
public final class CbsCodes {

    private CbsCodes() {}

    /** A CBS code (GM5000 to GM9999) nobody uses yet in this database. */
    public static String free() {
        while (true) {
            String candidate = "GM" + (5000 + ThreadLocalRandom.current().nextInt(5000));
            if (Sql.count("SELECT count(*) FROM platform.municipality WHERE cbs_code = ?", candidate) == 0) {
                return candidate;
            }
        }
    }
}
