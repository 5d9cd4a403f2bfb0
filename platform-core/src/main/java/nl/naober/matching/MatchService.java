package nl.naober.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.naober.family.ChildView;
import nl.naober.family.FamilyService;
import nl.naober.family.FamilyView;
import nl.naober.identity.CurrentActor;
import nl.naober.matching.MatchVocabulary.Decision;
import nl.naober.matching.MatchVocabulary.EvaluationKind;
import nl.naober.matching.MatchVocabulary.Referral;
import nl.naober.programme.EventDateException;
import nl.naober.programme.NotFoundException;
import nl.naober.programme.ProgrammeSettings;
import nl.naober.programme.RuleViolationException;
import nl.naober.programme.StaleVersionException;
import nl.naober.supportfamily.SupportFamilyService;
import nl.naober.supportfamily.SupportFamilyView;
import nl.naober.timeline.Timeline;
import nl.naober.timeline.TimelineEvent;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Matches from proposal to closing. The family's state follows its match; a family has at most one open match
 * and a support family never more children than its capacity (both rows are locked while a proposal is checked).
 */
@Service
public class MatchService {

    static final Set<MatchStatus> OPEN = EnumSet.of(MatchStatus.PROPOSED, MatchStatus.TRIAL, MatchStatus.ACTIVE);

    private final MatchRepository matches;
    private final EvaluationRepository evaluations;
    private final ContactMomentRepository contacts;
    private final SignalRepository signals;
    private final FamilyService families;
    private final SupportFamilyService supportFamilies;
    private final ProgrammeSettings settings;
    private final Timeline timeline;
    private final CurrentActor actor;
    private final Clock clock;
    private final ProposalLocks locks;
    private final MatchViews views;

    MatchService(
            MatchRepository matches,
            EvaluationRepository evaluations,
            ContactMomentRepository contacts,
            SignalRepository signals,
            FamilyService families,
            SupportFamilyService supportFamilies,
            ProgrammeSettings settings,
            Timeline timeline,
            CurrentActor actor,
            Clock clock,
            ProposalLocks locks,
            MatchViews views) {
        this.matches = matches;
        this.evaluations = evaluations;
        this.contacts = contacts;
        this.signals = signals;
        this.families = families;
        this.supportFamilies = supportFamilies;
        this.settings = settings;
        this.timeline = timeline;
        this.actor = actor;
        this.clock = clock;
        this.locks = locks;
        this.views = views;
    }

    @Transactional
    public MatchView propose(NewMatch command) {
        locks.lock("family", command.familyId());
        locks.lock("support_family", command.supportFamilyId());
        FamilyView family = families.get(command.familyId());
        SupportFamilyView supportFamily = supportFamilies.get(command.supportFamilyId());
        LocalDate proposedOn = EventDateException.dateOrToday("proposedOn", command.proposedOn(), today());
        ProposalRules.requireDate(proposedOn, family, supportFamily);
        List<UUID> childIds = command.childIds() == null || command.childIds().isEmpty()
                ? family.children().stream().map(ChildView::id).toList()
                : command.childIds();

        ProposalRules.requireNone(
                family,
                supportFamily,
                childIds,
                command.dayParts(),
                matches.existsByFamilyIdAndStatusIn(family.id(), OPEN),
                matches.childrenPlaced(supportFamily.id(), OPEN),
                supportFamilies.missingForAvailable(supportFamily.id(), proposedOn));
        Match match = matches.save(new Match(
                family.id(),
                supportFamily.id(),
                childIds,
                command.dayParts(),
                actor.username(),
                proposedOn,
                clock.instant()));
        record(match, "MATCH_PROPOSED", supportFamily.householdName(), proposedOn);
        return view(match);
    }

    @Transactional
    public MatchView startTrial(UUID id, TrialStart start) {
        Match match = find(id, start.version());
        LocalDate startDate = EventDateException.dateOrToday("startDate", start.startDate(), today());
        match.startTrial(startDate, settings.trialLength());
        families.matchStarted(match.familyId(), id, startDate);
        record(match, "TRIAL_STARTED", "", startDate);
        return view(matches.saveAndFlush(match));
    }

    @Transactional
    public MatchView evaluate(UUID id, NewEvaluation evaluation) {
        Match match = evaluation.version() == null ? find(id) : find(id, evaluation.version());
        LocalDate heldOn = EventDateException.dateOrToday("heldOn", evaluation.heldOn(), today());
        match.requireOnOrAfterTrialStart("heldOn", heldOn);
        String decision = evaluation.decision() == null ? "" : ":" + evaluation.decision();
        if (evaluation.kind() == EvaluationKind.TRIAL) {
            if (evaluation.decision() == null) {
                throw RuleViolationException.of("rule.trial-needs-decision");
            }
            if (evaluation.decision() == Decision.END && evaluation.endReason() == null) {
                throw RuleViolationException.of("rule.trial-end-needs-reason");
            }
            if (evaluation.decision() == Decision.CONTINUE
                    && match.trialRunsAfter(heldOn)
                    && !Boolean.TRUE.equals(evaluation.endTrialEarly())) {
                // A good first impression is not the end of the trial: it runs on to its planned end.
                decision = ":CONTINUE_TRIAL_RUNS";
            } else if (evaluation.decision() == Decision.CONTINUE) {
                match.continueAfterTrial(heldOn, settings.evaluationInterval());
            } else {
                match.endTrial(heldOn, evaluation.endReason(), evaluation.notes());
                families.matchEndedEarly(match.familyId(), id, heldOn);
                if (evaluation.endReason() == TrialEndReason.SUPPORT_FAMILY_STOPPED) {
                    supportFamilies.stoppedWithMatch(match.supportFamilyId(), id, heldOn);
                }
                decision += ":" + evaluation.endReason();
            }
        } else {
            match.evaluatedPeriodically(heldOn, settings.evaluationInterval());
        }
        evaluations.save(new Evaluation(id, evaluation, heldOn, actor.username()));
        record(match, "EVALUATION", evaluation.kind() + decision, heldOn);
        return view(matches.saveAndFlush(match));
    }

    @Transactional
    public MatchView recordContact(UUID id, NewContact contact) {
        Match match = find(id);
        match.requireRunning(match.status());
        LocalDate heldOn = EventDateException.dateOrToday("heldOn", contact.heldOn(), today());
        match.requireOnOrAfterTrialStart("heldOn", heldOn);
        contacts.save(new ContactMoment(id, contact, heldOn, actor.username()));
        record(match, "CONTACT", contact.withWhom().name(), heldOn);
        return view(match);
    }

    @Transactional
    public MatchView recordSignal(UUID id, NewSignal signal) {
        Match match = find(id);
        match.requireRunning(match.status());
        if (signal.referral() != null
                && signal.referral() != Referral.NONE
                && !Boolean.TRUE.equals(signal.referralConsent())) {
            throw RuleViolationException.of("rule.referral-needs-consent");
        }
        LocalDate notedOn = EventDateException.dateOrToday("notedOn", signal.notedOn(), today());
        match.requireOnOrAfterTrialStart("notedOn", notedOn);
        signals.save(new Signal(id, signal, notedOn));
        record(match, "SIGNAL", signal.kind().name(), notedOn);
        return view(match);
    }

    @Transactional
    public MatchView close(UUID id, MatchClosing closing) {
        Match match = find(id, closing.version());
        LocalDate endedOn = EventDateException.dateOrToday("endedOn", closing.endedOn(), today());
        match.requireOnOrAfterTrialStart("endedOn", endedOn);
        evaluations.findByMatchIdOrderByHeldOnDesc(id).stream()
                .findFirst()
                .ifPresent(last ->
                        EventDateException.requireNotBefore("endedOn", endedOn, "lastEvaluation", last.heldOn()));
        match.end(endedOn, closing.reason(), closing.outcomeNotes());
        families.matchClosed(match.familyId(), id, endedOn);
        if (closing.reason() == CloseReason.SUPPORT_FAMILY_STOPPED) {
            supportFamilies.stoppedWithMatch(match.supportFamilyId(), id, endedOn);
        }
        record(match, "MATCH_CLOSED", closing.reason().name(), endedOn);
        return view(matches.saveAndFlush(match));
    }

    /** Cancels a proposal today. */
    @Transactional
    public MatchView cancel(UUID id, long version) {
        return cancel(id, new MatchCancellation(version, null));
    }

    /** Cancels a proposal on the day given (default today), not before it was proposed. */
    @Transactional
    public MatchView cancel(UUID id, MatchCancellation cancellation) {
        Match match = find(id, cancellation.version());
        LocalDate cancelledOn = EventDateException.dateOrToday("cancelledOn", cancellation.cancelledOn(), today());
        match.cancel(cancelledOn);
        record(match, "MATCH_CANCELLED", "", cancelledOn);
        return view(matches.saveAndFlush(match));
    }

    @Transactional(readOnly = true)
    public MatchView get(UUID id) {
        return view(find(id));
    }

    @Transactional(readOnly = true)
    public Page<MatchView> list(Set<MatchStatus> statuses, Pageable pageable) {
        Set<MatchStatus> wanted = statuses == null || statuses.isEmpty() ? EnumSet.allOf(MatchStatus.class) : statuses;
        return matches.findByStatusIn(wanted, pageable).map(this::view);
    }

    @Transactional(readOnly = true)
    public List<MatchView> ofFamily(UUID familyId) {
        return matches.findByFamilyIdOrderByProposedOnDesc(familyId).stream()
                .map(this::view)
                .toList();
    }

    /**
     * Children placed in open (proposed, trial, active) matches, per support family: one query for a page of them.
     * Support families without any are left out (read as 0).
     */
    @Transactional(readOnly = true)
    public Map<UUID, Integer> childrenPlaced(Collection<UUID> supportFamilyIds) {
        if (supportFamilyIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Integer> placed = new HashMap<>();
        for (Object[] row : matches.childrenPlacedWith(supportFamilyIds, OPEN)) {
            placed.put((UUID) row[0], ((Number) row[1]).intValue());
        }
        return placed;
    }

    /** The family's proposed, trial or active match, if any: a family has at most one. */
    @Transactional(readOnly = true)
    public Optional<MatchView> openMatchOf(UUID familyId) {
        return matches.findByFamilyIdOrderByProposedOnDesc(familyId).stream()
                .filter(match -> OPEN.contains(match.status()))
                .findFirst()
                .map(this::view);
    }

    @Transactional(readOnly = true)
    public List<MatchView> ofSupportFamily(UUID supportFamilyId) {
        return matches.findBySupportFamilyIdOrderByProposedOnDesc(supportFamilyId).stream()
                .map(this::view)
                .toList();
    }

    private void record(Match match, String kind, String summary, LocalDate on) {
        timeline.record(new TimelineEvent(match.familyId(), match.supportFamilyId(), match.id(), kind, summary, on));
    }

    private Match find(UUID id, long expectedVersion) {
        Match match = find(id);
        StaleVersionException.check("match", expectedVersion, match.version());
        return match;
    }

    private Match find(UUID id) {
        return matches.findById(id).orElseThrow(() -> NotFoundException.of("match", id));
    }

    private MatchView view(Match match) {
        return views.of(match);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
