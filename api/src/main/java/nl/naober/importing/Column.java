package nl.naober.importing;

/**
 * One column of a sheet in the template.
 *
 * @param name the header, lower case, as the template and docs/import.md spell it
 * @param required a row without a value here is refused
 * @param meaning one Dutch line for the documentation and the template's explanation
 */
record Column(String name, boolean required, String meaning) {

    static Column required(String name, String meaning) {
        return new Column(name, true, meaning);
    }

    static Column optional(String name, String meaning) {
        return new Column(name, false, meaning);
    }
}
