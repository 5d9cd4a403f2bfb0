package nl.naober.family;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;
import nl.naober.caserecord.CaseAddresses;
import nl.naober.identity.CurrentActor;
import nl.naober.programme.Address;
import nl.naober.programme.EventDateException;
import nl.naober.programme.IntakeVisit;
import nl.naober.programme.NewLocation;
import nl.naober.programme.NotFoundException;
import nl.naober.programme.RuleViolationException;
import nl.naober.programme.StaleVersionException;
import nl.naober.timeline.NewNote;
import nl.naober.timeline.Timeline;
import nl.naober.timeline.TimelineEvent;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registering families, their details, children, intakes and state, in the municipality in context. */
@Service
public class FamilyService {

    private final FamilyRepository families;
    private final FamilyRegistration registration;
    private final CaseAddresses addresses;
    private final Timeline timeline;
    private final CurrentActor actor;
    private final Clock clock;
    private final OpenMatches openMatches;
    private final EntityManager entityManager;

    FamilyService(
            FamilyRepository families,
            FamilyRegistration registration,
            CaseAddresses addresses,
            Timeline timeline,
            CurrentActor actor,
            Clock clock,
            OpenMatches openMatches,
            EntityManager entityManager) {
        this.families = families;
        this.registration = registration;
        this.addresses = addresses;
        this.timeline = timeline;
        this.actor = actor;
        this.clock = clock;
        this.openMatches = openMatches;
        this.entityManager = entityManager;
    }

    @Transactional
    public FamilyView register(NewFamily command) {
        return registration.register(command, actor.username());
    }

    /**
     * A family that registered itself: no coordinator yet. An e-mail address another family already uses is not
     * refused (that would tell a stranger who is registered); it is kept in a note for the coordinator instead.
     */
    @Transactional
    public FamilyView registerSelf(NewFamily command) {
        return registration.registerSelf(command);
    }

    /** Makes the coordinator responsible for a family nobody is responsible for yet; otherwise changes nothing. */
    @Transactional
    public void assignIfUnassigned(UUID id, String coordinator) {
        Family family = find(id);
        if (family.assignIfUnassigned(coordinator)) {
            timeline.record(TimelineEvent.family(id, "COORDINATOR_ASSIGNED", coordinator));
        }
    }

    @Transactional
    public FamilyView update(UUID id, FamilyUpdate update) {
        Family family = find(id);
        StaleVersionException.check("family", update.version(), family.version());
        String email = FamilyRegistration.normaliseEmail(update.contactEmail());
        if (email != null && families.existsByContactEmailAndIdNot(email, id)) {
            throw DuplicateFamilyException.sameEmail();
        }
        family.update(update, addresses.located(update.address()), email);
        timeline.record(TimelineEvent.family(id, "DETAILS_CHANGED", ""));
        return view(families.saveAndFlush(family));
    }

    @Transactional
    public FamilyView addChild(UUID id, NewChild child) {
        Family family = find(id);
        family.addChild(child);
        timeline.record(
                TimelineEvent.family(id, "CHILD_ADDED", child.firstName().strip()));
        return view(families.saveAndFlush(family));
    }

    /**
     * Corrects a child's name, birth date or needs, against the family version the editor saw. The child row has no
     * version of its own: the family's is raised at once (a conditional update that waits for a concurrent writer's
     * row lock and then finds the version moved), so of two editors of one child exactly one wins.
     */
    @Transactional
    public FamilyView updateChild(UUID id, UUID childId, ChildUpdate update) {
        Family family = find(id);
        StaleVersionException.check("family", update.version(), family.version());
        entityManager.lock(family, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        String before = family.updateChild(childId, update.child());
        String after = update.firstName().strip();
        timeline.record(
                TimelineEvent.family(id, "CHILD_CHANGED", before.equals(after) ? after : before + " → " + after));
        return view(families.saveAndFlush(family));
    }

    /**
     * Removes a child entered by mistake or no longer in the request. A child that is part of an open match stays:
     * 409 naming the match, which must be cancelled or closed first.
     */
    @Transactional
    public FamilyView removeChild(UUID id, UUID childId) {
        Family family = find(id);
        openMatches.withChild(id, childId).ifPresent(match -> {
            throw RuleViolationException.of("rule.child-in-open-match", "matchId", match);
        });
        String name = family.removeChild(childId);
        timeline.record(TimelineEvent.family(id, "CHILD_REMOVED", name));
        return view(families.saveAndFlush(family));
    }

    /**
     * The coordinator gives the postcode (and house number) where the family lives; its location is looked up again
     * (geocoder, else the postcode area's known addresses). Unknown stays unknown: the screen says so.
     */
    @Transactional
    public FamilyView relocate(UUID id, NewLocation location) {
        Family family = find(id);
        Address address = addresses.located(location.applyTo(family.address()));
        family.livesAt(address);
        timeline.record(TimelineEvent.family(id, "LOCATION_CHANGED", address.postcode()));
        return view(families.saveAndFlush(family));
    }

    /** Records an intake visit; a family still REGISTERED is in intake from then on. */
    @Transactional
    public FamilyView recordIntake(UUID id, IntakeVisit visit) {
        Family family = find(id);
        EventDateException.requireNotFuture("visitDate", visit.visitDate(), today());
        family.addIntake(visit.withCoordinator(actor.username()));
        timeline.record(
                TimelineEvent.family(id, "INTAKE", visit.outcome().name()).on(visit.visitDate()));
        if (family.status() == FamilyStatus.REGISTERED) {
            moveManually(family, FamilyStatus.INTAKE, visit.visitDate());
        }
        return view(families.saveAndFlush(family));
    }

    @Transactional
    public void addNote(UUID id, NewNote note) {
        find(id);
        timeline.record(TimelineEvent.family(id, "NOTE", note.text().strip()));
    }

    @Transactional
    public FamilyView changeStatus(UUID id, FamilyStatusChange change) {
        Family family = find(id);
        StaleVersionException.check("family", change.version(), family.version());
        if (!change.target().isOpen()) {
            openMatches.of(id).ifPresent(match -> {
                throw RuleViolationException.of("rule.family-has-open-match-to-close", "matchId", match);
            });
        }
        if (change.leaves() && (change.reason() == null || !change.reason().fits(change.target()))) {
            throw RuleViolationException.of("rule.family-leave-needs-reason");
        }
        FamilyStatus from = family.status();
        LocalDate on = EventDateException.dateOrToday("changedOn", change.changedOn(), today());
        family.changeStatusManually(change.target(), on, "changedOn", change.reason(), change.explanation());
        timeline.record(TimelineEvent.family(id, "STATUS_CHANGED", from + "→" + change.target())
                .on(on));
        if (change.leaves()) {
            String explanation =
                    change.explanation() == null ? "" : change.explanation().strip();
            timeline.record(TimelineEvent.family(
                            id,
                            "LEAVE_REASON",
                            change.reason().name() + (explanation.isEmpty() ? "" : ":" + explanation))
                    .on(on));
        }
        return view(families.saveAndFlush(family));
    }

    /**
     * Reopens a family declined or withdrawn by mistake: back to the status it left (see {@link Family#reopen}), with
     * the coordinator's reason on its timeline.
     */
    @Transactional
    public FamilyView reopen(UUID id, FamilyReopening reopening) {
        Family family = find(id);
        StaleVersionException.check("family", reopening.version(), family.version());
        FamilyStatus from = family.status();
        LocalDate on = EventDateException.dateOrToday("reopenedOn", reopening.reopenedOn(), today());
        FamilyStatus to = family.reopen(on);
        timeline.record(
                TimelineEvent.family(id, "STATUS_CHANGED", from + "→" + to).on(on));
        timeline.record(
                TimelineEvent.family(id, "REOPENED", reopening.reason().strip()).on(on));
        return view(families.saveAndFlush(family));
    }

    @Transactional(readOnly = true)
    public Page<FamilyView> list(FamilyFilter filter, Pageable pageable) {
        LocalDate today = today();
        return families.findAll(FamilySpecifications.matching(filter), pageable).map(f -> f.toView(today));
    }

    @Transactional(readOnly = true)
    public Page<FamilyView> list(Pageable pageable) {
        return list(FamilyFilter.none(), pageable);
    }

    @Transactional(readOnly = true)
    public FamilyView get(UUID id) {
        return view(find(id));
    }

    /**
     * The family as its page shows it, for a reader that has read the family's matches already and so knows whether
     * one is open: two queries (the family with its children, then its intakes), in the reader's transaction.
     */
    @Transactional(readOnly = true)
    public FamilyView shown(UUID id, boolean hasOpenMatch) {
        return families.findWithChildren(id)
                .orElseThrow(() -> NotFoundException.of("family", id))
                .toView(today(), hasOpenMatch);
    }

    /** For matching: a trial starts on {@code startDate}, the family is matched from that day. */
    @Transactional
    public void matchStarted(UUID id, UUID matchId, LocalDate startDate) {
        followMatch(id, matchId, EnumSet.of(FamilyStatus.WAITING), FamilyStatus.MATCHED, startDate, "startDate");
    }

    /** For matching: the trial ended without continuing (decided on {@code heldOn}), the family waits again. */
    @Transactional
    public void matchEndedEarly(UUID id, UUID matchId, LocalDate heldOn) {
        followMatch(id, matchId, EnumSet.of(FamilyStatus.MATCHED), FamilyStatus.WAITING, heldOn, "heldOn");
    }

    /** For matching: the match was closed on {@code endedOn}, and so is the family's case. */
    @Transactional
    public void matchClosed(UUID id, UUID matchId, LocalDate endedOn) {
        followMatch(id, matchId, EnumSet.of(FamilyStatus.MATCHED), FamilyStatus.CLOSED, endedOn, "endedOn");
    }

    private void followMatch(
            UUID id, UUID matchId, EnumSet<FamilyStatus> expected, FamilyStatus target, LocalDate on, String field) {
        Family family = find(id);
        FamilyStatus from = family.status();
        family.followMatch(expected, target, on, field);
        timeline.record(new TimelineEvent(id, null, matchId, "STATUS_CHANGED", from + "→" + target, on));
    }

    /** One family as a screen or client sees it: only the status changes its open match (if any) allows. */
    private FamilyView view(Family family) {
        return family.toView(today(), openMatches.of(family.id()).isPresent());
    }

    private void moveManually(Family family, FamilyStatus target, LocalDate visitDate) {
        FamilyStatus from = family.status();
        family.changeStatusManually(target, visitDate, "visitDate", null, null);
        timeline.record(TimelineEvent.family(family.id(), "STATUS_CHANGED", from + "→" + target)
                .on(visitDate));
    }

    private Family find(UUID id) {
        return families.findById(id).orElseThrow(() -> NotFoundException.of("family", id));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
