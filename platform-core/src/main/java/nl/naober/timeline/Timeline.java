package nl.naober.timeline;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import nl.naober.identity.CurrentActor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The history of families, support families and matches: recorded by the services that change them. */
@Service
public class Timeline {

    private final TimelineRepository entries;
    private final CurrentActor actor;
    private final Clock clock;

    Timeline(TimelineRepository entries, CurrentActor actor, Clock clock) {
        this.entries = entries;
        this.actor = actor;
        this.clock = clock;
    }

    /** Part of the change that caused it: recorded in the caller's transaction or not at all. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(TimelineEvent event) {
        entries.save(new TimelineEntry(event, actor.username(), clock.instant(), LocalDate.now(clock)));
    }

    @Transactional(readOnly = true)
    public Page<TimelineItem> ofFamily(UUID familyId, Pageable pageable) {
        return entries.findByFamilyIdOrderByHappenedOnDescOccurredAtDesc(familyId, pageable)
                .map(TimelineEntry::toItem);
    }

    @Transactional(readOnly = true)
    public Page<TimelineItem> ofSupportFamily(UUID supportFamilyId, Pageable pageable) {
        return entries.findBySupportFamilyIdOrderByHappenedOnDescOccurredAtDesc(supportFamilyId, pageable)
                .map(TimelineEntry::toItem);
    }

    @Transactional(readOnly = true)
    public Page<TimelineItem> ofMatch(UUID matchId, Pageable pageable) {
        return entries.findByMatchIdOrderByHappenedOnDescOccurredAtDesc(matchId, pageable)
                .map(TimelineEntry::toItem);
    }
}
