package nl.naober.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import nl.naober.fuzz.ApiOperation.Param;

/** Hostile query values (already encoded), by the parameter's schema: page=-1, size=1000000, sort=injection. */
final class QueryValues {

    private QueryValues() {}

    static Arbitrary<String> hostile(Param param) {
        List<String> values = new ArrayList<>();
        String type = Schemas.type(param.schema());
        List<String> enumValues = Schemas.enumValues(
                param.schema().path("items").isMissingNode()
                        ? param.schema()
                        : param.schema().path("items"));
        switch (param.name()) {
            case "page" -> values.addAll(List.of("-1", "-2147483649", "2147483648", "abc", "1e308", "", "0x10"));
            case "size" -> values.addAll(List.of("0", "-1", "1000000", "2147483648", "abc", ""));
            case "sort" ->
                values.addAll(List.of(
                        "parentName,sideways",
                        ",",
                        ",,,",
                        "id,desc,asc",
                        "password",
                        "class",
                        "children.firstName",
                        "__proto__",
                        "id;select pg_sleep(5)",
                        "(select 1)",
                        "lower(parent_name)",
                        "a".repeat(2_000)));
            default -> {}
        }
        if (!enumValues.isEmpty()) {
            values.add("NOT_A_VALUE");
            values.add(enumValues.get(0).toLowerCase(Locale.ROOT));
            values.add("0");
        }
        switch (Schemas.format(param.schema())) {
            case "date" ->
                values.addAll(List.of(
                        "2026-02-30",
                        "2026-13-01",
                        "0000-01-01",
                        "+999999999-12-31",
                        "-999999999-01-01",
                        "0",
                        "yesterday"));
            case "uuid" -> values.addAll(List.of("not-a-uuid", "123", "6f1c2a9e3b7d4c1a9e2f8d4b5a6c7e8f"));
            default -> {}
        }
        switch (type) {
            case "boolean" -> values.addAll(List.of("maybe", "2", "", "yes"));
            case "integer" -> values.addAll(List.of("-1", "2147483648", "1e308", "abc", "99999999"));
            default -> {}
        }
        List<String> encoded = new ArrayList<>();
        for (String value : values) {
            encoded.add(UrlText.encode(value));
        }
        for (String token : HostileValues.concat(HostileValues.INJECTIONS, HostileValues.UNICODE)) {
            encoded.add(UrlText.encode(token));
        }
        encoded.add(UrlText.encode("x".repeat(5_000)));
        // Broken percent-encoding, sent as it is.
        encoded.addAll(List.of("%zz", "%", "%E0%A4%A", "%ED%A0%80", "%C0%AF", "a%00b"));
        return Arbitraries.of(encoded);
    }

    /**
     * Whether every hostile value of this parameter is certainly refused, so a write may carry it: an enum, a typed
     * value, or {@code confirm}, which must repeat the municipality's code exactly.
     */
    static boolean refusedWhateverTheValue(Param param) {
        return !Schemas.enumValues(param.schema()).isEmpty() || param.name().equals("confirm");
    }
}
