package nl.naober.importing;

import static nl.naober.importing.ImportKind.AFSLUITINGEN;
import static nl.naober.importing.ImportKind.EVALUATIES;
import static nl.naober.importing.ImportKind.GEZINNEN;
import static nl.naober.importing.ImportKind.HUISGENOTEN;
import static nl.naober.importing.ImportKind.INTAKES;
import static nl.naober.importing.ImportKind.KINDEREN;
import static nl.naober.importing.ImportKind.KOPPELINGEN;
import static nl.naober.importing.ImportKind.STATUSWIJZIGINGEN;
import static nl.naober.importing.ImportKind.STEUNGEZINNEN;
import static nl.naober.importing.ImportKind.UITKOMSTEN;

/**
 * A small, sound programme of 2026: two families (one matched, one withdrawn), one support family with two adults
 * and their VOGs. The example files in docs/import/ are this programme.
 */
final class SmallProgramme {

    private SmallProgramme() {}

    static TemplateFile file() {
        return new TemplateFile()
                .row(
                        GEZINNEN,
                        "ref",
                        "MEP-001",
                        "aanmelddatum",
                        "05-01-2026",
                        "naam_ouder",
                        "Anouk Bakker",
                        "email",
                        "anouk.bakker@voorbeeld.nl",
                        "telefoon",
                        "06 12345678",
                        "straat",
                        "Kerkstraat",
                        "huisnummer",
                        "4",
                        "postcode",
                        "7941 AB",
                        "plaats",
                        "Meppel",
                        "redenen",
                        "SINGLE_PARENT_SEVERAL_CHILDREN, NO_OWN_NETWORK",
                        "bron",
                        "WIJKTEAM_CJG",
                        "verwijzer",
                        "Wijkteam Meppel-Noord",
                        "dagdelen_per_week",
                        "1",
                        "dagdelen",
                        "wo-middag, za-ochtend",
                        "toestemming",
                        "ja")
                .row(
                        GEZINNEN,
                        "ref",
                        "MEP-002",
                        "aanmelddatum",
                        "2026-01-12",
                        "naam_ouder",
                        "Jeroen Smit",
                        "postcode",
                        "7942 CD",
                        "plaats",
                        "Meppel",
                        "bron",
                        "SELF_REGISTRATION",
                        "toestemming",
                        "ja")
                .row(
                        KINDEREN,
                        "gezin_ref",
                        "MEP-001",
                        "voornaam",
                        "Sanne",
                        "geboortedatum",
                        "04-03-2018",
                        "behoeften",
                        "ADHD")
                .row(KINDEREN, "gezin_ref", "MEP-001", "voornaam", "Mees", "geboortedatum", "11-09-2020")
                .row(KINDEREN, "gezin_ref", "MEP-002", "voornaam", "Daan", "geboortedatum", "06-05-2016")
                .row(
                        STEUNGEZINNEN,
                        "ref",
                        "SG-01",
                        "aanmelddatum",
                        "03-01-2026",
                        "naam_huishouden",
                        "Familie De Vries",
                        "postcode",
                        "7944 EF",
                        "plaats",
                        "Meppel",
                        "capaciteit",
                        "2",
                        "min_leeftijd",
                        "2",
                        "max_leeftijd",
                        "12",
                        "dagdelen",
                        "wo-middag, za-ochtend",
                        "ervaring",
                        "ADHD")
                .row(
                        HUISGENOTEN,
                        "steungezin_ref",
                        "SG-01",
                        "voornaam",
                        "Piet",
                        "geboortedatum",
                        "01-01-1980",
                        "vog_aangevraagd",
                        "05-01-2026",
                        "vog_ontvangen",
                        "20-01-2026",
                        "vog_afgiftedatum",
                        "18-01-2026")
                .row(
                        HUISGENOTEN,
                        "steungezin_ref",
                        "SG-01",
                        "voornaam",
                        "Anna",
                        "geboortedatum",
                        "02-02-1982",
                        "vog_aangevraagd",
                        "05-01-2026",
                        "vog_ontvangen",
                        "21-01-2026",
                        "vog_afgiftedatum",
                        "19-01-2026")
                .row(INTAKES, "gezin_ref", "MEP-001", "datum", "10-01-2026", "uitkomst", "SUITABLE")
                .row(INTAKES, "steungezin_ref", "SG-01", "datum", "12-01-2026", "uitkomst", "SUITABLE")
                .row(INTAKES, "gezin_ref", "MEP-002", "datum", "15-01-2026", "uitkomst", "SUITABLE")
                .row(STATUSWIJZIGINGEN, "gezin_ref", "MEP-001", "datum", "11-01-2026", "status", "WAITING")
                .row(STATUSWIJZIGINGEN, "steungezin_ref", "SG-01", "datum", "25-01-2026", "status", "AVAILABLE")
                .row(STATUSWIJZIGINGEN, "gezin_ref", "MEP-002", "datum", "16-01-2026", "status", "WAITING")
                .row(
                        STATUSWIJZIGINGEN,
                        "gezin_ref",
                        "MEP-002",
                        "datum",
                        "01-06-2026",
                        "status",
                        "WITHDRAWN",
                        "reden",
                        "NO_LONGER_NEEDED",
                        "toelichting",
                        "Oma helpt nu")
                .row(
                        KOPPELINGEN,
                        "ref",
                        "K-01",
                        "gezin_ref",
                        "MEP-001",
                        "steungezin_ref",
                        "SG-01",
                        "kinderen",
                        "Sanne",
                        "dagdelen",
                        "wo-middag",
                        "voorgesteld_op",
                        "01-02-2026",
                        "start_proef",
                        "10-02-2026")
                .row(
                        EVALUATIES,
                        "koppeling_ref",
                        "K-01",
                        "datum",
                        "10-04-2026",
                        "soort",
                        "TRIAL",
                        "besluit",
                        "CONTINUE")
                .row(
                        UITKOMSTEN,
                        "gezin_ref",
                        "MEP-001",
                        "moment",
                        "INTAKE",
                        "datum",
                        "10-01-2026",
                        "opvoedbelasting",
                        "4",
                        "rust",
                        "2",
                        "eigen_netwerk",
                        "1",
                        "welzijn_kind",
                        "3")
                .row(
                        AFSLUITINGEN,
                        "koppeling_ref",
                        "K-01",
                        "datum",
                        "01-10-2026",
                        "reden",
                        "GOAL_REACHED",
                        "notities",
                        "Sanne gaat nu zelf naar de BSO");
    }
}
