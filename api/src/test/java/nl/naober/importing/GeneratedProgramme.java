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

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A programme of about six years (January 2021 to November 2026) with {@code families} families, generated from a
 * fixed seed: support families with VOGs, intakes, waiting lists, proposals (a few cancelled), trials continued or
 * ended with a reason, periodic evaluations, outcome scores and closings, withdrawals and declines. Every history
 * keeps the programme's rules (date order, capacity 2 per support family, a VOG younger than two years at each
 * proposal), so the import must accept all of it.
 */
final class GeneratedProgramme {

    static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 30);
    private static final LocalDate FIRST_FAMILY = LocalDate.of(2021, 1, 4);
    private static final LocalDate FIRST_SUPPORT = LocalDate.of(2020, 9, 1);
    private static final String[] CHILDREN = {"Sanne", "Daan", "Emma", "Noah", "Julia", "Liam", "Mila", "Finn"};
    private static final String[] CLOSE_REASONS = {
        "GOAL_REACHED", "GOAL_REACHED", "GOAL_REACHED", "FAMILY_MOVED", "MISMATCH", "ESCALATED_TO_YOUTH_CARE"
    };

    private final TemplateFile file = new TemplateFile();
    private final Random random;
    private final List<Support> supports = new ArrayList<>();
    private final Map<String, LocalDate> registered = new LinkedHashMap<>();
    private final Map<String, LocalDate> closed = new LinkedHashMap<>();

    /** A support family: when it became available, and when each of its places is taken until. */
    private record Support(String ref, LocalDate available, List<LocalDate[]> placements) {}

    private GeneratedProgramme(long seed) {
        this.random = new Random(seed);
    }

    static GeneratedProgramme of(int families, long seed) {
        GeneratedProgramme programme = new GeneratedProgramme(seed);
        programme.supportFamilies(families * 3 / 10);
        programme.families(families);
        return programme;
    }

    TemplateFile file() {
        return file;
    }

    /** Registration date per family ref, as generated. */
    Map<String, LocalDate> registered() {
        return registered;
    }

    /** Closing date per match ref, as generated (matches closed by the end of the data). */
    Map<String, LocalDate> closed() {
        return closed;
    }

    private void supportFamilies(int count) {
        long span = FIRST_SUPPORT.until(LocalDate.of(2026, 3, 1)).toTotalMonths() * 30;
        for (int i = 1; i <= count; i++) {
            String ref = "GSG-%04d".formatted(i);
            LocalDate reg = FIRST_SUPPORT.plusDays(span * (i - 1) / count);
            file.row(
                    STEUNGEZINNEN,
                    "ref",
                    ref,
                    "aanmelddatum",
                    iso(reg),
                    "naam_huishouden",
                    "Familie Steun " + i,
                    "postcode",
                    "7941 AB",
                    "plaats",
                    "Meppel",
                    "capaciteit",
                    "2",
                    "min_leeftijd",
                    "0",
                    "max_leeftijd",
                    "17",
                    "dagdelen",
                    "wo-middag, za-ochtend");
            int adults = 1 + random.nextInt(2);
            for (int a = 0; a < adults; a++) {
                file.row(
                        HUISGENOTEN,
                        "steungezin_ref",
                        ref,
                        "voornaam",
                        a == 0 ? "Ouder" : "Partner",
                        "geboortedatum",
                        dutch(LocalDate.of(1970 + random.nextInt(20), 1 + a, 10)),
                        "vog_aangevraagd",
                        dutch(reg.plusDays(3)),
                        "vog_ontvangen",
                        dutch(reg.plusDays(20)),
                        "vog_afgiftedatum",
                        dutch(reg.plusDays(18)));
            }
            file.row(INTAKES, "steungezin_ref", ref, "datum", dutch(reg.plusDays(10)), "uitkomst", "SUITABLE");
            LocalDate available = reg.plusDays(25);
            file.row(STATUSWIJZIGINGEN, "steungezin_ref", ref, "datum", dutch(available), "status", "AVAILABLE");
            supports.add(new Support(ref, available, new ArrayList<>()));
        }
    }

    private void families(int count) {
        long span = FIRST_FAMILY.until(LocalDate.of(2026, 9, 30)).toTotalMonths() * 30;
        for (int i = 1; i <= count; i++) {
            String ref = "GEN-%04d".formatted(i);
            LocalDate reg = FIRST_FAMILY.plusDays(span * (i - 1) / count);
            registered.put(ref, reg);
            String[] sources = {"SELF_REGISTRATION", "WIJKTEAM_CJG", "GENERAL_PRACTITIONER", "SCHOOL_CHILDCARE"};
            String source = sources[random.nextInt(sources.length)];
            file.row(
                    GEZINNEN,
                    "ref",
                    ref,
                    "aanmelddatum",
                    i % 2 == 0 ? iso(reg) : dutch(reg),
                    "naam_ouder",
                    "Ouder " + i,
                    "postcode",
                    "7942 CD",
                    "plaats",
                    "Meppel",
                    "bron",
                    source,
                    "verwijzer",
                    source.equals("SELF_REGISTRATION") ? null : "Verwijzer " + source.toLowerCase(),
                    "redenen",
                    "NO_OWN_NETWORK",
                    "dagdelen",
                    "wo-middag",
                    "toestemming",
                    "ja");
            int children = 1 + random.nextInt(2);
            for (int c = 0; c < children; c++) {
                file.row(
                        KINDEREN,
                        "gezin_ref",
                        ref,
                        "voornaam",
                        CHILDREN[(i + c) % CHILDREN.length],
                        "geboortedatum",
                        dutch(reg.minusYears(2 + random.nextInt(10)).minusDays(c * 400L)));
            }
            history(i, ref, reg);
        }
    }

    private void history(int i, String ref, LocalDate reg) {
        LocalDate intake = reg.plusDays(5 + random.nextInt(15));
        if (intake.isAfter(LAST_DAY)) {
            return;
        }
        file.row(INTAKES, "gezin_ref", ref, "datum", dutch(intake), "uitkomst", "SUITABLE");
        int fate = random.nextInt(100);
        if (fate < 5) {
            status(ref, intake.plusDays(2), "DECLINED", "NOT_IN_TARGET_GROUP");
            return;
        }
        LocalDate waiting = intake.plusDays(1 + random.nextInt(5));
        if (waiting.isAfter(LAST_DAY)) {
            return;
        }
        status(ref, waiting, "WAITING", null);
        if (fate < 20) {
            status(ref, waiting.plusDays(30 + random.nextInt(150)), "WITHDRAWN", "NO_LONGER_NEEDED");
            return;
        }
        LocalDate proposed = waiting.plusDays(10 + random.nextInt(50));
        Support support = freeSupport(proposed);
        if (support == null || proposed.isAfter(LAST_DAY)) {
            return; // still waiting
        }
        String match = "GK-%04d".formatted(i);
        file.row(
                UITKOMSTEN,
                "gezin_ref",
                ref,
                "moment",
                "INTAKE",
                "datum",
                dutch(intake),
                "opvoedbelasting",
                String.valueOf(2 + random.nextInt(4)),
                "rust",
                String.valueOf(random.nextInt(3)),
                "eigen_netwerk",
                String.valueOf(random.nextInt(3)),
                "welzijn_kind",
                String.valueOf(1 + random.nextInt(3)));
        if (fate < 25) {
            LocalDate cancelled = proposed.plusDays(3 + random.nextInt(7));
            matchRow(match, ref, support, proposed, null, cancelled);
            place(support, proposed, cancelled);
            status(ref, cancelled.plusDays(20), "WITHDRAWN", "OTHER_HELP_FOUND");
            return;
        }
        LocalDate start = proposed.plusDays(5 + random.nextInt(10));
        matchRow(match, ref, support, proposed, start, null);
        LocalDate evaluated = start.plusWeeks(8);
        if (evaluated.isAfter(LAST_DAY)) {
            place(support, proposed, null);
            return;
        }
        if (fate < 35) {
            file.row(
                    EVALUATIES,
                    "koppeling_ref",
                    match,
                    "datum",
                    dutch(evaluated),
                    "soort",
                    "TRIAL",
                    "besluit",
                    "END",
                    "reden_einde",
                    "NO_CLICK",
                    "notities",
                    "Geen klik");
            place(support, proposed, evaluated);
            status(ref, evaluated.plusDays(30), "WITHDRAWN", "WAITED_TOO_LONG");
            return;
        }
        file.row(
                EVALUATIES, "koppeling_ref", match, "datum", dutch(evaluated), "soort", "TRIAL", "besluit", "CONTINUE");
        LocalDate closing = start.plusMonths(9 + random.nextInt(7));
        for (LocalDate periodic = evaluated.plusMonths(6);
                periodic.isBefore(closing) && !periodic.isAfter(LAST_DAY);
                periodic = periodic.plusMonths(6)) {
            file.row(EVALUATIES, "koppeling_ref", match, "datum", dutch(periodic), "soort", "PERIODIC");
        }
        if (closing.isAfter(LAST_DAY)) {
            place(support, proposed, null);
            return;
        }
        file.row(
                AFSLUITINGEN,
                "koppeling_ref",
                match,
                "datum",
                dutch(closing),
                "reden",
                CLOSE_REASONS[random.nextInt(CLOSE_REASONS.length)],
                "notities",
                "Afgerond");
        file.row(
                UITKOMSTEN,
                "gezin_ref",
                ref,
                "koppeling_ref",
                match,
                "moment",
                "CLOSING",
                "datum",
                dutch(closing),
                "opvoedbelasting",
                String.valueOf(random.nextInt(3)),
                "rust",
                String.valueOf(2 + random.nextInt(4)),
                "eigen_netwerk",
                String.valueOf(1 + random.nextInt(4)),
                "welzijn_kind",
                String.valueOf(2 + random.nextInt(4)),
                "tevredenheid",
                String.valueOf(3 + random.nextInt(3)));
        place(support, proposed, closing);
        closed.put(match, closing);
    }

    private void matchRow(
            String match, String ref, Support support, LocalDate proposed, LocalDate start, LocalDate cancelled) {
        String child = CHILDREN[Integer.parseInt(ref.substring(4)) % CHILDREN.length];
        file.row(
                KOPPELINGEN,
                "ref",
                match,
                "gezin_ref",
                ref,
                "steungezin_ref",
                support.ref(),
                "kinderen",
                child,
                "dagdelen",
                "wo-middag",
                "voorgesteld_op",
                dutch(proposed),
                "start_proef",
                start == null ? null : dutch(start),
                "geannuleerd_op",
                cancelled == null ? null : dutch(cancelled));
    }

    /** An available support family whose VOG is under two years old and who has a place from that day on. */
    private Support freeSupport(LocalDate on) {
        for (Support support : supports) {
            if (support.available().isAfter(on)
                    || support.available().plusYears(2).isBefore(on)) {
                continue;
            }
            long taken = support.placements().stream()
                    .filter(p -> p[1] == null || !p[1].isBefore(on))
                    .count();
            if (taken < 2) {
                return support;
            }
        }
        return null;
    }

    private static void place(Support support, LocalDate from, LocalDate until) {
        support.placements().add(new LocalDate[] {from, until});
    }

    private void status(String ref, LocalDate on, String status, String reason) {
        if (!on.isAfter(LAST_DAY)) {
            file.row(STATUSWIJZIGINGEN, "gezin_ref", ref, "datum", dutch(on), "status", status, "reden", reason);
        }
    }

    private static String dutch(LocalDate date) {
        return Cells.dutch(date);
    }

    private static String iso(LocalDate date) {
        return date.toString();
    }
}
