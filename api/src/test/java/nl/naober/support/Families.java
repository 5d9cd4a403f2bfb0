package nl.naober.support;

import java.util.Map;
import java.util.UUID;

/** Test data and plain-JDBC checks for families. */
public final class Families {

    private Families() {}

    public static String newFamilyJson(String parentName) {
        return Http.json(
                Map.of("parentName", parentName, "postcode", "7941 AB", "numberOfChildren", 2, "consentGiven", true));
    }

    public static String path(String municipality) {
        return "/api/v1/municipalities/" + municipality + "/families";
    }

    /** Rows with this id in the schema; the schema names are the tests' own constants. */
    public static int rowsInSchema(String schema, UUID id) {
        return Sql.count("SELECT count(*) FROM " + schema + ".family WHERE id = ?", id);
    }

    public static int rowsInSchema(String schema) {
        return Sql.count("SELECT count(*) FROM " + schema + ".family");
    }
}
