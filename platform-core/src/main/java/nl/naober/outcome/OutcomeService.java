package nl.naober.outcome;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.naober.family.FamilyService;
import nl.naober.programme.RuleViolationException;
import nl.naober.timeline.Timeline;
import nl.naober.timeline.TimelineEvent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The short outcome measure per family: at intake, at evaluations, at closing and 12 months later. */
@Service
public class OutcomeService {

    private final OutcomeRepository outcomes;
    private final FamilyService families;
    private final Timeline timeline;
    private final Clock clock;

    OutcomeService(OutcomeRepository outcomes, FamilyService families, Timeline timeline, Clock clock) {
        this.outcomes = outcomes;
        this.families = families;
        this.timeline = timeline;
        this.clock = clock;
    }

    @Transactional
    public OutcomeView record(UUID familyId, NewOutcome outcome) {
        families.get(familyId); // 404 for a family not in this municipality
        if (outcome.parentingStrain() == null
                && outcome.familyRest() == null
                && outcome.ownNetwork() == null
                && outcome.childWellbeing() == null) {
            throw RuleViolationException.of("rule.outcome-empty");
        }
        LocalDate measuredOn = outcome.measuredOn() != null ? outcome.measuredOn() : LocalDate.now(clock);
        OutcomeMeasurement saved = outcomes.save(new OutcomeMeasurement(familyId, outcome, measuredOn));
        timeline.record(new TimelineEvent(
                familyId, null, outcome.matchId(), "OUTCOME", outcome.moment().name()));
        return saved.toView();
    }

    @Transactional(readOnly = true)
    public List<OutcomeView> ofFamily(UUID familyId) {
        families.get(familyId);
        return outcomes.findByFamilyIdOrderByMeasuredOnDesc(familyId).stream()
                .map(OutcomeMeasurement::toView)
                .toList();
    }
}
