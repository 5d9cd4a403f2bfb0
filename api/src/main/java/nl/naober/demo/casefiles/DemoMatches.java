package nl.naober.demo.casefiles;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.naober.demo.casefiles.DemoFamilies.Story;
import nl.naober.family.ChildView;
import nl.naober.family.FamilyView;
import nl.naober.matching.CloseReason;
import nl.naober.matching.MatchClosing;
import nl.naober.matching.MatchService;
import nl.naober.matching.MatchView;
import nl.naober.matching.MatchVocabulary.ContactWith;
import nl.naober.matching.MatchVocabulary.Decision;
import nl.naober.matching.MatchVocabulary.EvaluationKind;
import nl.naober.matching.MatchVocabulary.Referral;
import nl.naober.matching.MatchVocabulary.ReportedBy;
import nl.naober.matching.MatchVocabulary.SignalKind;
import nl.naober.matching.NewContact;
import nl.naober.matching.NewEvaluation;
import nl.naober.matching.NewMatch;
import nl.naober.matching.NewSignal;
import nl.naober.matching.TrialEndReason;
import nl.naober.matching.TrialStart;
import nl.naober.outcome.NewOutcome;
import nl.naober.outcome.OutcomeMoment;
import nl.naober.outcome.OutcomeService;
import nl.naober.programme.DayPart;
import nl.naober.programme.ProgrammeSettings;
import nl.naober.supportfamily.SupportFamilyView;

/**
 * The matches of the demo families' stories, made through {@link MatchService} in the order a coordinator works
 * (propose, start the trial, evaluate, follow up, close), so its rules hold: one open match per family, children
 * within the support family's capacity and age range, only day-parts the support family offers. Dates that the
 * service accepts (proposal, trial start, evaluations, contacts, closing) lie in the past, in that order.
 */
final class DemoMatches {

    private static final List<ContactWith> CONTACT_ROTATION =
            List.of(ContactWith.FAMILY, ContactWith.SUPPORT_FAMILY, ContactWith.BOTH);

    private final MatchService matches;
    private final OutcomeService outcomes;
    private final DemoHouseholds households;
    private final Period trialLength;
    private final Period evaluationInterval;
    private final LocalDate today;

    /** Called after each household or story: see {@code DemoCaseData#checkpoint}. */
    private final Runnable checkpoint;

    /** Active matches so far: the first has its periodic evaluation due soon, the second a signal. */
    private int activeMatches;

    DemoMatches(
            MatchService matches,
            OutcomeService outcomes,
            DemoHouseholds households,
            ProgrammeSettings settings,
            LocalDate today,
            Runnable checkpoint) {
        this.matches = matches;
        this.outcomes = outcomes;
        this.households = households;
        this.trialLength = settings.trialLength();
        this.evaluationInterval = settings.evaluationInterval();
        this.today = today;
        this.checkpoint = checkpoint;
    }

    /** Runs the match story of every planned family; returns the number of matches made. */
    int matchAll(List<FamilyView> families, List<SupportFamilyView> supportFamilies) {
        Iterator<Integer> forOpen = DemoSupportFamilies.FOR_OPEN_MATCHES.iterator();
        Iterator<Integer> forEnded = DemoSupportFamilies.FOR_ENDED_MATCHES.iterator();
        int made = 0;
        for (int i = 0; i < DemoFamilies.PLAN.size(); i++) {
            Story story = DemoFamilies.PLAN.get(i).story();
            if (story.hasMatch()) {
                SupportFamilyView supportFamily =
                        supportFamilies.get(story.endsMatch() ? forEnded.next() : forOpen.next());
                follow(families.get(i), supportFamily, story);
                made++;
                checkpoint.run();
            }
        }
        return made;
    }

    private void follow(FamilyView family, SupportFamilyView supportFamily, Story story) {
        // proposed the day both families were ready: the later of the family's waiting and the support family's
        // availability, so every later step (trial start, evaluations, closing) lies after it
        LocalDate proposedOn = DemoFamilies.max(family.statusChangedOn(), supportFamily.statusChangedOn());
        MatchView match = matches.propose(new NewMatch(
                family.id(),
                supportFamily.id(),
                children(family, supportFamily),
                dayParts(family, supportFamily),
                proposedOn));
        LocalDate registered = family.registrationDate();
        switch (story) {
            case CANCELLED -> matches.cancel(match.id(), match.version());
            case TRIAL -> contact(start(match, today.minusDays(households.between(7, 25))), 0);
            case TRIAL_ENDING_SOON -> {
                LocalDate start = today.minus(trialLength).plusDays(households.between(3, 12));
                contact(start(match, start), 1);
            }
            case TRIAL_NOT_CONTINUED -> notContinued(match, registered);
            case ACTIVE -> active(match, registered);
            case GOAL_REACHED -> goalReached(match, registered, family.id());
            default -> {
                // PROPOSED: the proposal waits for the families' introduction.
            }
        }
    }

    /** A trial that ended at its evaluation: the children did not click. */
    private void notContinued(MatchView match, LocalDate registered) {
        MatchView trial = start(match, registered.plusDays(households.between(25, 50)));
        matches.evaluate(
                trial.id(),
                new NewEvaluation(
                        EvaluationKind.TRIAL,
                        DemoFamilies.min(trial.trialPlannedEnd(), today),
                        Decision.END,
                        "De klik tussen de kinderen bleef uit; het gezin wacht op een nieuw steungezin.",
                        null,
                        TrialEndReason.NO_CLICK));
    }

    /** A running match; the first is due for its periodic evaluation, the second has a signal. */
    private void active(MatchView match, LocalDate registered) {
        LocalDate startDate = activeMatches == 0
                ? today.minus(evaluationInterval).minus(trialLength).plusDays(households.between(5, 12))
                : DemoFamilies.min(
                        registered.plusDays(households.between(30, 80)),
                        today.minus(trialLength).minusDays(14));
        MatchView trial = start(match, startDate);
        followUp(trial, today);
        if (activeMatches == 1) {
            signal(trial.id());
        }
        activeMatches++;
    }

    /** A match of about a year, closed with its goal reached. */
    private void goalReached(MatchView match, LocalDate registered, UUID familyId) {
        MatchView trial = start(match, registered.plusDays(households.between(25, 60)));
        LocalDate endedOn =
                DemoFamilies.min(trial.trialStart().plusDays(households.between(330, 400)), today.minusDays(14));
        followUp(trial, endedOn);
        close(trial.id(), familyId, endedOn);
    }

    private MatchView start(MatchView match, LocalDate startDate) {
        return matches.startTrial(match.id(), new TrialStart(startDate, match.version()));
    }

    /** A continued trial and an active match up to {@code until}: evaluations and contact moments. */
    private void followUp(MatchView trial, LocalDate until) {
        UUID id = trial.id();
        contact(trial, 0);
        LocalDate trialEnd = trial.trialPlannedEnd();
        matches.evaluate(
                id,
                new NewEvaluation(
                        EvaluationKind.TRIAL,
                        trialEnd,
                        Decision.CONTINUE,
                        "Proefperiode goed verlopen; beide gezinnen willen door."));
        outcomes.record(
                trial.familyId(),
                new NewOutcome(
                        OutcomeMoment.EVALUATION,
                        trialEnd,
                        id,
                        households.between(2, 4),
                        households.between(2, 3),
                        households.between(1, 3),
                        households.between(3, 4),
                        households.between(3, 5),
                        null,
                        null,
                        null));
        for (LocalDate on = trialEnd.plus(evaluationInterval); !on.isAfter(until); on = on.plus(evaluationInterval)) {
            matches.evaluate(
                    id,
                    new NewEvaluation(
                            EvaluationKind.PERIODIC,
                            on,
                            null,
                            households.pick(List.of(
                                    "Loopt goed; de kinderen kijken uit naar hun middag.",
                                    "Vaste afspraken werken; ouder ervaart meer rust.",
                                    "Afstemming over halen en brengen besproken, verder positief."))));
        }
        int count = 0;
        for (LocalDate on = trialEnd.plusWeeks(households.between(4, 6));
                !on.isAfter(until);
                on = on.plusDays(households.between(35, 56))) {
            matches.recordContact(
                    id,
                    new NewContact(
                            on,
                            CONTACT_ROTATION.get(count++ % 3),
                            households.pick(List.of(
                                    "Telefonisch contact, geen bijzonderheden.",
                                    "Kort bijgepraat na schooltijd; het gaat goed.",
                                    "Vakantieplanning afgestemd."))));
        }
    }

    private void contact(MatchView match, int rotation) {
        LocalDate on = DemoFamilies.min(match.trialStart().plusDays(7), today);
        matches.recordContact(
                match.id(),
                new NewContact(
                        on,
                        CONTACT_ROTATION.get(rotation % 3),
                        "Eerste kennismaking bij het steungezin thuis, ging goed."));
    }

    private void signal(UUID matchId) {
        matches.recordSignal(
                matchId,
                new NewSignal(
                        today.minusDays(households.between(7, 30)),
                        SignalKind.DEBTS,
                        ReportedBy.SUPPORT_FAMILY,
                        "Ouder vertelde over oplopende betalingsachterstanden.",
                        Referral.SOCIAL_WORK,
                        true));
    }

    private void close(UUID matchId, UUID familyId, LocalDate endedOn) {
        matches.close(
                matchId,
                new MatchClosing(
                        endedOn,
                        CloseReason.GOAL_REACHED,
                        "Doel bereikt: ouder ervaart weer rust en heeft een eigen oppas in de buurt gevonden.",
                        matches.get(matchId).version()));
        outcomes.record(
                familyId,
                new NewOutcome(
                        OutcomeMoment.CLOSING,
                        endedOn,
                        matchId,
                        households.between(1, 2),
                        households.between(3, 4),
                        households.between(2, 4),
                        households.between(3, 5),
                        households.between(4, 5),
                        false,
                        true,
                        false));
    }

    /** The children within the support family's age range (the youngest if none is), at most its capacity. */
    private static List<UUID> children(FamilyView family, SupportFamilyView supportFamily) {
        List<UUID> fitting = family.children().stream()
                .filter(c -> c.age() >= supportFamily.minAge() && c.age() <= supportFamily.maxAge())
                .map(ChildView::id)
                .limit(supportFamily.capacity())
                .toList();
        return fitting.isEmpty() ? List.of(family.children().get(0).id()) : fitting;
    }

    /** The family's wished day-parts that the support family offers, else what it offers; in weekday order. */
    private static Set<DayPart> dayParts(FamilyView family, SupportFamilyView supportFamily) {
        EnumSet<DayPart> offered = EnumSet.copyOf(supportFamily.availableDayParts());
        EnumSet<DayPart> both = EnumSet.copyOf(offered);
        both.retainAll(family.preferredDayParts());
        List<DayPart> candidates = new ArrayList<>(both.isEmpty() ? offered : both);
        return EnumSet.copyOf(candidates.subList(0, Math.min(candidates.size(), family.dayPartsPerWeek())));
    }
}
