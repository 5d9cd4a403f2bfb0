package nl.naober.fuzz;

/**
 * One hostile JSON value and what makes it hostile.
 *
 * @param kind e.g. {@code "too long"}; {@code "lenient: ..."} marks what a strict parser refuses and a lenient one
 *     coerces (a number into a string field), so a finding says which leniency let it in
 * @param json the value as JSON text, byte for byte (it may be invalid JSON or invalid UTF-8 on purpose)
 */
record Hostile(String kind, byte[] json) {

    static Hostile of(String kind, String json) {
        return new Hostile(kind, RawJson.utf8(json));
    }

    static Hostile string(String kind, String value) {
        return of(kind, RawJson.quote(value));
    }
}
