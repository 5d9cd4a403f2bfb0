package nl.naober.tenancy;

import java.util.regex.Pattern;

/** The rules for a municipality code and the schema name derived from it (DESIGN.md, "Tenancy"). */
public final class TenantCode {

    private static final Pattern VALID = Pattern.compile("[a-z][a-z0-9-]{1,40}");

    private TenantCode() {}

    public static boolean isValid(String code) {
        return code != null && VALID.matcher(code).matches();
    }

    /** {@code midden-drenthe} becomes {@code t_midden_drenthe}: a plain identifier that needs no escaping. */
    public static String schemaFor(String code) {
        if (!isValid(code)) {
            throw new IllegalArgumentException("not a valid municipality code");
        }
        return "t_" + code.replace('-', '_');
    }
}
