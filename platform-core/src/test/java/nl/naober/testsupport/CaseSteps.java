package nl.naober.testsupport;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.naober.family.ChildView;
import nl.naober.family.FamilyService;
import nl.naober.family.FamilyStatus;
import nl.naober.family.FamilyStatusChange;
import nl.naober.family.FamilyView;
import nl.naober.family.NewChild;
import nl.naober.family.NewFamily;
import nl.naober.family.RegistrationReason;
import nl.naober.family.RegistrationSource;
import nl.naober.matching.MatchService;
import nl.naober.matching.MatchView;
import nl.naober.matching.NewMatch;
import nl.naober.matching.TrialStart;
import nl.naober.programme.DayPart;
import nl.naober.programme.IntakeOutcome;
import nl.naober.programme.IntakeVisit;
import nl.naober.supportfamily.MemberView;
import nl.naober.supportfamily.NewHouseholdMember;
import nl.naober.supportfamily.NewSupportFamily;
import nl.naober.supportfamily.SupportFamilyService;
import nl.naober.supportfamily.SupportFamilyStatus;
import nl.naober.supportfamily.SupportFamilyStatusChange;
import nl.naober.supportfamily.SupportFamilyView;
import nl.naober.supportfamily.VogRequest;

/**
 * The steps of case work through platform-core's services, each with the day it happened, for the municipality in
 * context (call them inside {@code TenantContext.call(...)}). Names and dates are the test's own.
 */
public record CaseSteps(FamilyService families, SupportFamilyService supportFamilies, MatchService matches) {

    public static final DayPart DAY_PART = DayPart.WEDNESDAY_AFTERNOON;

    /** Registered on {@code on} by the wijkteam, one child of six. */
    public FamilyView registerFamily(String parentName, LocalDate on) {
        return families.register(new NewFamily(
                parentName,
                null,
                null,
                null,
                null,
                null,
                "7901 AA",
                "Hoogeveen",
                null,
                null,
                1,
                Set.of(RegistrationReason.SINGLE_PARENT_SEVERAL_CHILDREN),
                null,
                RegistrationSource.WIJKTEAM_CJG,
                "Wijkteam",
                1,
                Set.of(DAY_PART),
                true,
                "2026-1",
                on,
                List.of(new NewChild("Kind", on.minusYears(6), Set.of(), null))));
    }

    /** Registered on {@code on}, intake two days later, waiting from three days later. */
    public FamilyView waitingFamily(String parentName, LocalDate on) {
        FamilyView family = registerFamily(parentName, on);
        FamilyView inIntake = families.recordIntake(family.id(), intake(on.plusDays(2)));
        return families.changeStatus(
                family.id(),
                new FamilyStatusChange(FamilyStatus.WAITING, inIntake.version(), null, null, on.plusDays(3)));
    }

    /** Registered on {@code on} with one adult, VOG issued two days later, intake after four, available after five. */
    public SupportFamilyView availableSupportFamily(String householdName, LocalDate on) {
        SupportFamilyView registered = supportFamilies.register(new NewSupportFamily(
                householdName,
                null,
                null,
                null,
                null,
                "7902 BB",
                "Hoogeveen",
                null,
                null,
                Set.of(DAY_PART),
                2,
                0,
                12,
                Set.of(),
                null,
                null,
                List.of(new NewHouseholdMember("Wim", LocalDate.of(1975, 3, 1))),
                on));
        UUID id = registered.id();
        for (MemberView member : registered.members()) {
            supportFamilies.requestVog(id, member.id(), new VogRequest(on.plusDays(1), on.plusDays(2)));
        }
        SupportFamilyView screened = supportFamilies.recordIntake(id, intake(on.plusDays(4)));
        return supportFamilies.changeStatus(
                id, new SupportFamilyStatusChange(SupportFamilyStatus.AVAILABLE, screened.version(), on.plusDays(5)));
    }

    public MatchView propose(FamilyView family, SupportFamilyView supportFamily, LocalDate on) {
        List<UUID> children = family.children().stream().map(ChildView::id).toList();
        return matches.propose(new NewMatch(family.id(), supportFamily.id(), children, Set.of(DAY_PART), on));
    }

    public MatchView startTrial(MatchView match, LocalDate on) {
        return matches.startTrial(match.id(), new TrialStart(on, match.version()));
    }

    private static IntakeVisit intake(LocalDate on) {
        return new IntakeVisit(on, null, "Rust op woensdagmiddag", null, IntakeOutcome.SUITABLE);
    }
}
