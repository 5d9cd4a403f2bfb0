package nl.naober.monitoring.web;

import java.time.LocalDate;
import java.util.UUID;
import nl.naober.account.LocalAccounts;
import nl.naober.identity.CurrentUser;
import nl.naober.identity.Role;
import nl.naober.municipality.MunicipalityProvisioning;
import nl.naober.municipality.NewMunicipality;
import nl.naober.support.CbsCodes;
import nl.naober.support.Http;
import nl.naober.tenancy.Tenant;

/**
 * A small municipality's programme in 2025, as issue 15 found it: ten or so matches a year, so that per quarter
 * almost everything is under 5, and no budget entered. A municipality of its own (no demo data), with a policy
 * officer {@code policy.<code>} (demo password).
 *
 * <ul>
 *   <li>Families registered: January 5, February 5, March 2 (hidden), every later month 5: 57 in the year.
 *   <li>Trials started (one support family, room enough): 3 in each of Q1, Q2, Q3, 2 in Q4 (11); matches closed with
 *       "goal reached": 0 in Q1, 3 in Q2, 2 in Q3, 3 in Q4 (8). No evaluations: continued and ended are 0.
 * </ul>
 *
 * Per quarter, 8 of the 11 non-zero cells are under 5; per half-year only the first half's closings (3) are.
 */
public final class SmallProgramme {

    /** The months' registrations, January first. */
    public static final int[] REGISTRATIONS = {5, 5, 2, 5, 5, 5, 5, 5, 5, 5, 5, 5};

    private SmallProgramme() {}

    /** Provisions the municipality, seeds it and creates its policy officer; returns its code. */
    public static String create(MunicipalityProvisioning provisioning, LocalAccounts accounts, String prefix) {
        String code = prefix + "-" + Long.toString(System.nanoTime(), 36);
        provisioning.provision(new NewMunicipality(code, "Klein " + code, CbsCodes.free(), "buurtgezinnen"));
        seed(new MonitoringSeed(Tenant.of(code).schema()));
        accounts.createWithHash(
                CurrentUser.of("policy." + code, Role.POLICY_OFFICER, code), accounts.hash(Http.DEMO_PASSWORD));
        return code;
    }

    private static void seed(MonitoringSeed db) {
        UUID support = db.supportFamily("2024-11-01", "AVAILABLE", 30, "2024-11-05");
        // trial starts per quarter and closings per quarter, as in the class documentation
        String[] trialStarts = {
            "2025-01-20", "2025-02-10", "2025-02-24", // Q1: 3, none closed in Q1
            "2025-04-07", "2025-04-21", "2025-05-12", // Q2: 3
            "2025-07-07", "2025-07-21", "2025-08-11", // Q3: 3
            "2025-10-06", "2025-10-20" // Q4: 2
        };
        String[] endedOn = {
            "2025-05-20",
            "2025-06-10",
            "2025-06-24", // Q2: 3 closed
            "2025-08-20",
            "2025-09-10", // Q3: 2 closed
            "2025-10-27",
            "2025-11-17",
            "2025-12-08", // Q4: 3 closed
            null,
            null,
            null
        };
        // every family registered in its month; the first ones registered before a trial start are matched
        java.util.List<LocalDate> registered = new java.util.ArrayList<>();
        for (int month = 0; month < 12; month++) {
            for (int i = 0; i < REGISTRATIONS[month]; i++) {
                registered.add(LocalDate.of(2025, month + 1, 1 + 2 * i));
            }
        }
        java.util.Set<Integer> used = new java.util.HashSet<>();
        java.util.Map<Integer, Integer> matchOf = new java.util.HashMap<>();
        for (int m = 0; m < trialStarts.length; m++) {
            LocalDate start = LocalDate.parse(trialStarts[m]);
            for (int f = 0; f < registered.size(); f++) {
                if (!used.contains(f) && registered.get(f).isBefore(start.minusDays(5))) {
                    used.add(f);
                    matchOf.put(f, m);
                    break;
                }
            }
        }
        for (int f = 0; f < registered.size(); f++) {
            LocalDate on = registered.get(f);
            Integer m = matchOf.get(f);
            String ended = m == null ? null : endedOn[m];
            UUID family = db.family(
                    on.toString(),
                    "SELF_REGISTRATION",
                    "POVERTY",
                    m == null ? "INTAKE" : ended == null ? "MATCHED" : "CLOSED",
                    on.toString());
            db.intake(family, on.plusDays(1).toString());
            if (m != null) {
                LocalDate start = LocalDate.parse(trialStarts[m]);
                db.match(
                        family,
                        support,
                        ended == null ? "TRIAL" : "ENDED",
                        1,
                        "MONDAY_MORNING",
                        start.minusDays(3).toString(),
                        start.toString(),
                        null,
                        ended,
                        ended == null ? null : "GOAL_REACHED");
            }
        }
    }
}
