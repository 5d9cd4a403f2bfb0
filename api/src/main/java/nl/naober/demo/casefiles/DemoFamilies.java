package nl.naober.demo.casefiles;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.naober.family.FamilyService;
import nl.naober.family.FamilyStatus;
import nl.naober.family.FamilyStatusChange;
import nl.naober.family.FamilyView;
import nl.naober.family.LeaveReason;
import nl.naober.outcome.NewOutcome;
import nl.naober.outcome.OutcomeMoment;
import nl.naober.outcome.OutcomeService;
import nl.naober.programme.IntakeOutcome;
import nl.naober.programme.IntakeVisit;

/**
 * The 25 demo families, each following one {@link Story} through the services: registered over the last two years,
 * intake, waiting, and for the matched stories handed to {@link DemoMatches}. The plan puts a family in every state
 * and every match state, with the oldest registrations on the finished stories, as a real caseload would have.
 */
final class DemoFamilies {

    /** Where a family's story ends; the match stories leave the family WAITING, MATCHED or CLOSED. */
    enum Story {
        REGISTERED,
        INTAKE,
        WAITING,
        WITHDRAWN,
        DECLINED,
        PROPOSED,
        CANCELLED,
        TRIAL_NOT_CONTINUED,
        TRIAL_ENDING_SOON,
        TRIAL,
        ACTIVE,
        GOAL_REACHED;

        boolean hasMatch() {
            return ordinal() >= PROPOSED.ordinal();
        }

        /** The match ends (or never starts) and frees the support family's place. */
        boolean endsMatch() {
            return this == CANCELLED || this == TRIAL_NOT_CONTINUED || this == GOAL_REACHED;
        }
    }

    /** One family of the plan: its story and how many days ago it registered. */
    record Step(Story story, int minDaysAgo, int maxDaysAgo) {}

    static final List<Step> PLAN = List.of(
            new Step(Story.REGISTERED, 0, 6),
            new Step(Story.REGISTERED, 0, 6),
            new Step(Story.REGISTERED, 8, 13),
            new Step(Story.INTAKE, 15, 30),
            new Step(Story.INTAKE, 20, 45),
            new Step(Story.INTAKE, 30, 60),
            new Step(Story.WAITING, 45, 100),
            new Step(Story.WAITING, 60, 150),
            new Step(Story.WAITING, 150, 250),
            new Step(Story.WAITING, 250, 330),
            new Step(Story.WAITING, 330, 420),
            new Step(Story.WITHDRAWN, 60, 200),
            new Step(Story.DECLINED, 20, 100),
            new Step(Story.PROPOSED, 90, 200),
            new Step(Story.PROPOSED, 120, 240),
            new Step(Story.CANCELLED, 120, 220),
            new Step(Story.TRIAL_NOT_CONTINUED, 200, 300),
            new Step(Story.TRIAL_ENDING_SOON, 100, 150),
            new Step(Story.TRIAL, 60, 100),
            new Step(Story.ACTIVE, 280, 330),
            new Step(Story.ACTIVE, 300, 400),
            new Step(Story.ACTIVE, 350, 450),
            new Step(Story.ACTIVE, 400, 500),
            new Step(Story.GOAL_REACHED, 560, 640),
            new Step(Story.GOAL_REACHED, 640, 720));

    private final FamilyService families;
    private final OutcomeService outcomes;
    private final DemoHouseholds households;
    private final LocalDate today;

    /** Called after each household or story: see {@code DemoCaseData#checkpoint}. */
    private final Runnable checkpoint;

    DemoFamilies(
            FamilyService families,
            OutcomeService outcomes,
            DemoHouseholds households,
            LocalDate today,
            Runnable checkpoint) {
        this.families = families;
        this.outcomes = outcomes;
        this.households = households;
        this.today = today;
        this.checkpoint = checkpoint;
    }

    /** Registers the plan's families and takes each as far as its story goes without a match. */
    List<FamilyView> registerAll() {
        List<FamilyView> registered = new ArrayList<>();
        for (int i = 0; i < PLAN.size(); i++) {
            Step step = PLAN.get(i);
            LocalDate registeredOn = households.daysAgo(step.minDaysAgo(), step.maxDaysAgo());
            FamilyView family = families.register(households.family(i + 1, registeredOn));
            registered.add(follow(family, step.story(), registeredOn));
            checkpoint.run();
        }
        return registered;
    }

    private FamilyView follow(FamilyView family, Story story, LocalDate registeredOn) {
        if (story == Story.REGISTERED) {
            return family;
        }
        LocalDate intakeOn = min(registeredOn.plusDays(households.between(5, 20)), today);
        IntakeOutcome outcome = switch (story) {
            case DECLINED -> IntakeOutcome.NOT_SUITABLE;
            case INTAKE -> households.pick(List.of(IntakeOutcome.SUITABLE, IntakeOutcome.FOLLOW_UP));
            default -> IntakeOutcome.SUITABLE;
        };
        FamilyView current = families.recordIntake(family.id(), intake(intakeOn, outcome));
        if (story == Story.DECLINED) {
            return to(current, FamilyStatus.DECLINED);
        }
        outcomes.record(current.id(), atIntake(intakeOn));
        if (story == Story.INTAKE) {
            return current;
        }
        current = to(current, FamilyStatus.WAITING, intakeOn);
        return story == Story.WITHDRAWN ? to(current, FamilyStatus.WITHDRAWN) : current;
    }

    private FamilyView to(FamilyView family, FamilyStatus target) {
        return to(family, target, null);
    }

    /** The change on {@code on} (null: today). */
    private FamilyView to(FamilyView family, FamilyStatus target, LocalDate on) {
        LeaveReason reason = switch (target) {
            case DECLINED -> LeaveReason.NEEDS_PROFESSIONAL_CARE;
            case WITHDRAWN -> LeaveReason.NO_LONGER_NEEDED;
            default -> null;
        };
        return families.changeStatus(family.id(), new FamilyStatusChange(target, family.version(), reason, null, on));
    }

    private IntakeVisit intake(LocalDate visitDate, IntakeOutcome outcome) {
        String notes = switch (outcome) {
            case NOT_SUITABLE -> "Hulpvraag past beter bij specialistische hulp; doorverwezen naar het wijkteam.";
            case FOLLOW_UP -> "Tweede gesprek gepland om de hulpvraag scherp te krijgen.";
            case SUITABLE ->
                households.pick(List.of(
                        "Ouder wil graag een vaste middag per week lucht.",
                        "Weinig netwerk in de buurt; kinderen zijn gebaat bij een extra plek.",
                        "Gezin staat open voor een steungezin in de buurt."));
        };
        return new IntakeVisit(visitDate, null, "Een vaste middag in de week ontlasting.", notes, outcome);
    }

    /** The parent's own ratings at intake: strained, little rest and network. */
    private NewOutcome atIntake(LocalDate measuredOn) {
        return new NewOutcome(
                OutcomeMoment.INTAKE,
                measuredOn,
                null,
                households.between(3, 5),
                households.between(1, 2),
                households.between(0, 2),
                households.between(2, 3),
                null,
                null,
                null,
                null);
    }

    static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
