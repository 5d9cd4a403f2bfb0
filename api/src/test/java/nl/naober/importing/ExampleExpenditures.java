package nl.naober.importing;

import static nl.naober.importing.ImportKind.UITGAVEN;

/**
 * A small, sound expenditures file of 2025 for the budget line "Buurtgezinnen 2025-2026" (1 January 2025 to 31 December
 * 2026): four expenditures and a credit note, the credit note listed before the invoice it corrects (the import
 * applies rows in date order). The files in docs/import/uitgaven/ are this file.
 */
final class ExampleExpenditures {

    static final String LINE = "Buurtgezinnen 2025-2026";

    private ExampleExpenditures() {}

    static TemplateFile file() {
        return new TemplateFile()
                .row(UITGAVEN, row("U-2025-001", "31-01-2025", "4.250,00", "COORDINATION", "Uren coördinatie januari"))
                .row(
                        UITGAVEN,
                        row(
                                "U-2025-002",
                                "28-02-2025",
                                "312,50",
                                "VOLUNTEER_ALLOWANCES",
                                "Onkostenvergoedingen steungezinnen februari"))
                .row(
                        UITGAVEN,
                        row(
                                "U-2025-004",
                                "27-03-2025",
                                "-86,40",
                                "ACTIVITIES",
                                "Creditnota: uitje steungezinnen dubbel gefactureerd"))
                .row(UITGAVEN, row("U-2025-003", "14-03-2025", "172,80", "ACTIVITIES", "Uitje steungezinnen"))
                .row(
                        UITGAVEN,
                        row(
                                "U-2025-005",
                                "30-04-2025",
                                "1.234,56",
                                "OVERHEAD",
                                "Overhead welzijnsorganisatie eerste kwartaal"));
    }

    /** The columns and values of one expenditure on {@link #LINE}. */
    static String[] row(String ref, String date, String amount, String category, String description) {
        return row(ref, date, amount, category, description, LINE);
    }

    static String[] row(String ref, String date, String amount, String category, String description, String line) {
        return new String[] {
            "uitgave_ref", ref,
            "datum", date,
            "bedrag", amount,
            "categorie", category,
            "omschrijving", description,
            "begrotingsregel", line
        };
    }
}
