package nl.naober.fuzz;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Hostile path segments, already as they go on the wire: traversal and encoded separators, NUL, invalid
 * percent-encoding, very long ids, non-UUIDs, injection strings and unicode (percent-encoded). A value for a write
 * never names a real municipality, network or user in any spelling: a lenient resolver would then act on it.
 */
final class PathValues {

    /** Sent as they are: each is already percent-encoded, or is the raw form a traversal attempt sends. */
    private static final List<String> VERBATIM = List.of(
            "..%2F..%2F",
            "..%2f",
            "%2e%2e",
            "%2e%2e%2f",
            "%2E%2E%2F%2E%2E%2F",
            "%00",
            "%2F",
            "%5C",
            "..%5C..%5C",
            "%252e%252e%252f",
            "..;",
            "%3B",
            "%C0%AE%C0%AE",
            "%ED%A0%80",
            "%FF",
            "%zz",
            "%",
            "%E0%A4%A",
            "~",
            "...",
            "%20",
            "+");

    /** Only for reads: raw dot segments, which a server normalises onto another path. */
    private static final List<String> READ_ONLY_TRAVERSAL = List.of("..", ".", "../..", "..%2F..%2Fmeppel");

    private PathValues() {}

    static Arbitrary<String> hostile(String parameter, boolean uuid, boolean write, String municipality) {
        List<String> encoded = new ArrayList<>();
        for (String token : HostileValues.concat(HostileValues.INJECTIONS, HostileValues.UNICODE)) {
            encoded.add(UrlText.encode(token));
        }
        for (String other : List.of("-1", "0", "null", "undefined", "NaN", "1e308", "A".repeat(2_000))) {
            encoded.add(UrlText.encode(other));
        }
        List<Arbitrary<String>> options = new ArrayList<>();
        options.add(Arbitraries.of(VERBATIM));
        options.add(Arbitraries.of(encoded));
        // Very long: past Tomcat's 8 KB request line as well as just under it.
        options.add(Arbitraries.of("1".repeat(7_000), "1".repeat(10_000)));
        if (uuid) {
            options.add(Arbitraries.of(
                    "not-a-uuid",
                    "123",
                    "6f1c2a9e-3b7d-4c1a-9e2f-8d4b5a6c7e8f0",
                    "6f1c2a9e3b7d4c1a9e2f8d4b5a6c7e8f",
                    "%7B6f1c2a9e-3b7d-4c1a-9e2f-8d4b5a6c7e8f%7D",
                    "6f1c2a9e-3b7d-4c1a-9e2f-8d4b5a6c7e8f%00"));
        }
        if (!write) {
            options.add(Arbitraries.of(READ_ONLY_TRAVERSAL));
            if (parameter.equals("code")) {
                // The real code in other spellings: a read must not resolve them to the municipality either.
                options.add(Arbitraries.of(
                        municipality.toUpperCase(java.util.Locale.ROOT),
                        municipality + "%00",
                        municipality + ";x=1",
                        municipality + "%20",
                        "%20" + municipality,
                        municipality + "%2F..%2Fmeppel",
                        UrlText.encode(municipality + "\u202E")));
            }
        }
        return Arbitraries.oneOf(options);
    }
}
