package nl.naober.importing;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The sheets of the template, in the order their records are created: first the people (families, children,
 * support families, household members), then every event in date order (see {@link ImportEvents}). A workbook has
 * one sheet per kind, named like the kind; CSV files are named after the kind ({@code gezinnen.csv}).
 */
enum ImportKind {
    GEZINNEN(
            "gezinnen",
            Column.required("ref", "jullie eigen dossiernummer van het gezin, uniek (bv. MEP-031)"),
            Column.required("aanmelddatum", "datum van aanmelding (dd-mm-jjjj of jjjj-mm-dd)"),
            Column.required("naam_ouder", "naam van de ouder of verzorger"),
            Column.optional("naam_tweede_ouder", "naam van een tweede ouder"),
            Column.optional("email", "e-mailadres"),
            Column.optional("telefoon", "telefoonnummer"),
            Column.optional("straat", "straat"),
            Column.optional("huisnummer", "huisnummer met toevoeging"),
            Column.required("postcode", "postcode (1234 AB)"),
            Column.optional("plaats", "woonplaats"),
            Column.optional("aantal_kinderen", "aantal kinderen (leeg: het aantal rijen in kinderen, minstens 1)"),
            Column.optional("redenen", "redenen van aanmelding, codes gescheiden door komma's"),
            Column.optional("reden_anders", "toelichting bij reden OTHER"),
            Column.optional("bron", "verwijzer / bron van de aanmelding (code)"),
            Column.optional("verwijzer", "naam van de verwijzende organisatie"),
            Column.optional("dagdelen_per_week", "gevraagde dagdelen per week (1-7)"),
            Column.optional("dagdelen", "gewenste dagdelen, bv. ma-ochtend, wo-middag"),
            Column.required("toestemming", "ja: het gezin gaf toestemming voor de verwerking")),
    KINDEREN(
            "kinderen",
            Column.required("gezin_ref", "ref van het gezin"),
            Column.required("voornaam", "voornaam van het kind"),
            Column.required("geboortedatum", "geboortedatum"),
            Column.optional("behoeften", "codes gescheiden door komma's"),
            Column.optional("behoeften_toelichting", "toelichting")),
    STEUNGEZINNEN(
            "steungezinnen",
            Column.required("ref", "jullie eigen nummer van het steungezin, uniek"),
            Column.required("aanmelddatum", "datum van aanmelding"),
            Column.required("naam_huishouden", "naam van het huishouden"),
            Column.optional("email", "e-mailadres"),
            Column.optional("telefoon", "telefoonnummer"),
            Column.optional("straat", "straat"),
            Column.optional("huisnummer", "huisnummer"),
            Column.required("postcode", "postcode"),
            Column.optional("plaats", "woonplaats"),
            Column.required("capaciteit", "hoeveel kinderen tegelijk (1-6)"),
            Column.optional("min_leeftijd", "jongste leeftijd (0-17)"),
            Column.optional("max_leeftijd", "oudste leeftijd (0-17)"),
            Column.optional("dagdelen", "beschikbare dagdelen"),
            Column.optional("ervaring", "ervaring met behoeften, codes"),
            Column.optional("ervaring_toelichting", "toelichting"),
            Column.optional("voorkeuren", "voorkeuren")),
    HUISGENOTEN(
            "huisgenoten",
            Column.required("steungezin_ref", "ref van het steungezin"),
            Column.required("voornaam", "voornaam"),
            Column.required("geboortedatum", "geboortedatum"),
            Column.optional("vog_aangevraagd", "datum waarop de VOG is aangevraagd"),
            Column.optional("vog_ontvangen", "datum waarop de VOG binnenkwam"),
            Column.optional("vog_afgiftedatum", "afgiftedatum op de VOG (de geldigheid telt hiervan)")),
    INTAKES(
            "intakes",
            Column.optional("gezin_ref", "ref van het gezin (of steungezin_ref)"),
            Column.optional("steungezin_ref", "ref van het steungezin (of gezin_ref)"),
            Column.required("datum", "datum van de kennismaking"),
            Column.required("uitkomst", "SUITABLE, NOT_SUITABLE of FOLLOW_UP"),
            Column.optional("wensen", "wensen"),
            Column.optional("notities", "notities")),
    STATUSWIJZIGINGEN(
            "statuswijzigingen",
            Column.optional("gezin_ref", "ref van het gezin (of steungezin_ref)"),
            Column.optional("steungezin_ref", "ref van het steungezin (of gezin_ref)"),
            Column.required("datum", "datum van de wijziging"),
            Column.required("status", "nieuwe status (code)"),
            Column.optional("reden", "reden bij afwijzen of terugtrekken (code)"),
            Column.optional("toelichting", "toelichting")),
    KOPPELINGEN(
            "koppelingen",
            Column.required("ref", "jullie eigen nummer van de koppeling, uniek"),
            Column.required("gezin_ref", "ref van het gezin"),
            Column.required("steungezin_ref", "ref van het steungezin"),
            Column.optional("kinderen", "voornamen van de kinderen, gescheiden door komma's (leeg: alle)"),
            Column.required("dagdelen", "afgesproken dagdelen"),
            Column.required("voorgesteld_op", "datum van het voorstel"),
            Column.optional("start_proef", "begin van de proefperiode"),
            Column.optional("geannuleerd_op", "datum waarop het voorstel is ingetrokken")),
    EVALUATIES(
            "evaluaties",
            Column.required("koppeling_ref", "ref van de koppeling"),
            Column.required("datum", "datum van de evaluatie"),
            Column.required("soort", "TRIAL (einde proefperiode) of PERIODIC"),
            Column.optional("besluit", "CONTINUE of END (verplicht bij TRIAL)"),
            Column.optional("reden_einde", "reden als de proefperiode niet wordt voortgezet"),
            Column.optional("notities", "notities")),
    UITKOMSTEN(
            "uitkomsten",
            Column.required("gezin_ref", "ref van het gezin"),
            Column.optional("koppeling_ref", "ref van de koppeling"),
            Column.required("moment", "INTAKE, EVALUATION, CLOSING of FOLLOW_UP"),
            Column.required("datum", "datum van de meting"),
            Column.optional("opvoedbelasting", "0-5"),
            Column.optional("rust", "0-5"),
            Column.optional("eigen_netwerk", "0-5"),
            Column.optional("welzijn_kind", "0-5"),
            Column.optional("tevredenheid", "0-5"),
            Column.optional("uitgevallen", "ja/nee"),
            Column.optional("doel_bereikt_zonder_hulp", "ja/nee"),
            Column.optional("zwaardere_zorg_nodig", "ja/nee")),
    AFSLUITINGEN(
            "afsluitingen",
            Column.required("koppeling_ref", "ref van de koppeling"),
            Column.required("datum", "einddatum"),
            Column.required("reden", "reden van afsluiten (code)"),
            Column.optional("notities", "uitkomst in woorden")),
    UITGAVEN(
            "uitgaven",
            Column.required("uitgave_ref", "jullie eigen boekingsnummer van de uitgave, uniek (bv. U-2025-001)"),
            Column.required("datum", "datum van de uitgave"),
            Column.required("bedrag", "bedrag in euro's (1.234,56), negatief voor een creditnota (-86,40)"),
            Column.required("categorie", "COORDINATION, VOLUNTEER_ALLOWANCES, ACTIVITIES of OVERHEAD"),
            Column.required("omschrijving", "waarvoor; bij een creditnota wat je terugboekt en waarom"),
            Column.required("begrotingsregel", "naam van de begrotingsregel"));

    private final String sheet;
    private final List<Column> columns;

    ImportKind(String sheet, Column... columns) {
        this.sheet = sheet;
        this.columns = List.of(columns);
    }

    String sheet() {
        return sheet;
    }

    List<Column> columns() {
        return columns;
    }

    Optional<Column> column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** The kind a sheet or a CSV file (without its extension) is named after, ignoring case and spaces. */
    static Optional<ImportKind> named(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.sheet.equals(wanted)).findFirst();
    }
}
