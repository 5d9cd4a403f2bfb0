package nl.naober.supportfamily;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.naober.caserecord.CaseAddresses;
import nl.naober.identity.CurrentActor;
import nl.naober.programme.Address;
import nl.naober.programme.EventDateException;
import nl.naober.programme.IntakeVisit;
import nl.naober.programme.NewLocation;
import nl.naober.programme.NotFoundException;
import nl.naober.programme.ProgrammeSettings;
import nl.naober.programme.StaleVersionException;
import nl.naober.timeline.NewNote;
import nl.naober.timeline.Timeline;
import nl.naober.timeline.TimelineEvent;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registering and screening support families: household, VOGs, intakes, availability. */
@Service
public class SupportFamilyService {

    private final SupportFamilyRepository supportFamilies;
    private final CaseAddresses addresses;
    private final ProgrammeSettings settings;
    private final Timeline timeline;
    private final CurrentActor actor;
    private final Clock clock;
    private final EntityManager entityManager;

    SupportFamilyService(
            SupportFamilyRepository supportFamilies,
            CaseAddresses addresses,
            ProgrammeSettings settings,
            Timeline timeline,
            CurrentActor actor,
            Clock clock,
            EntityManager entityManager) {
        this.supportFamilies = supportFamilies;
        this.addresses = addresses;
        this.settings = settings;
        this.timeline = timeline;
        this.actor = actor;
        this.clock = clock;
        this.entityManager = entityManager;
    }

    @Transactional
    public SupportFamilyView register(NewSupportFamily command) {
        return register(command, actor.username());
    }

    /** A support family that registered itself: no coordinator yet. */
    @Transactional
    public SupportFamilyView registerSelf(NewSupportFamily command) {
        return register(command, null);
    }

    /** Makes the coordinator responsible for a support family nobody is responsible for yet; else no change. */
    @Transactional
    public void assignIfUnassigned(UUID id, String coordinator) {
        if (find(id).assignIfUnassigned(coordinator)) {
            record(id, "COORDINATOR_ASSIGNED", coordinator);
        }
    }

    private SupportFamilyView register(NewSupportFamily command, String coordinator) {
        LocalDate registered = EventDateException.dateOrToday("registrationDate", command.registrationDate(), today());
        // as given when nothing is found (a latitude without longitude stays as it was entered)
        Address address = addresses.found(command.address()).orElse(command.address());
        SupportFamily supportFamily = new SupportFamily(command, address, coordinator, registered, clock.instant());
        supportFamilies.save(supportFamily);
        record(supportFamily.id(), "REGISTERED", supportFamily.status().name(), registered);
        return view(supportFamily);
    }

    @Transactional
    public SupportFamilyView update(UUID id, SupportFamilyUpdate update) {
        SupportFamily supportFamily = find(id);
        StaleVersionException.check("support-family", update.version(), supportFamily.version());
        supportFamily.update(update);
        record(id, "DETAILS_CHANGED", "");
        return view(supportFamilies.saveAndFlush(supportFamily));
    }

    /** The coordinator gives the postcode (and house number); the location is looked up again. */
    @Transactional
    public SupportFamilyView relocate(UUID id, NewLocation location) {
        SupportFamily supportFamily = find(id);
        Address address = addresses.located(location.applyTo(supportFamily.address()));
        supportFamily.livesAt(address);
        record(id, "LOCATION_CHANGED", address.postcode());
        return view(supportFamilies.saveAndFlush(supportFamily));
    }

    @Transactional
    public SupportFamilyView addMember(UUID id, NewHouseholdMember member) {
        SupportFamily supportFamily = find(id);
        supportFamily.addMember(member);
        record(id, "MEMBER_ADDED", member.firstName().strip());
        return view(supportFamilies.saveAndFlush(supportFamily));
    }

    @Transactional
    public SupportFamilyView requestVog(UUID id, UUID memberId, VogRequest request) {
        SupportFamily supportFamily = find(id);
        HouseholdMember member = supportFamily.member(memberId);
        ConductCertificate certificate =
                member.requestVog(request.requestedOn() != null ? request.requestedOn() : today());
        if (request.issuedOn() != null) {
            certificate.received(today(), request.issuedOn());
            // entered afterwards, the VOG's own date is the best known day it came in
            record(id, "VOG_RECEIVED", member.firstName(), request.issuedOn());
        } else {
            record(id, "VOG_REQUESTED", member.firstName(), certificate.requestedOn());
        }
        return view(supportFamilies.saveAndFlush(supportFamily));
    }

    @Transactional
    public SupportFamilyView receiveVog(UUID id, UUID memberId, UUID certificateId, VogReceipt receipt) {
        SupportFamily supportFamily = find(id);
        if (receipt.version() != null) {
            StaleVersionException.check("support-family", receipt.version(), supportFamily.version());
        }
        // the certificate has no version of its own: raise the support family's now, so that of two receipts of one
        // VOG at the same moment the second waits for the first's row lock and is then refused
        entityManager.lock(supportFamily, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        HouseholdMember member = supportFamily.member(memberId);
        LocalDate receivedOn = receipt.receivedOn() != null ? receipt.receivedOn() : today();
        member.certificate(certificateId).received(receivedOn, receipt.issuedOn());
        record(id, "VOG_RECEIVED", member.firstName(), receivedOn);
        return view(supportFamilies.saveAndFlush(supportFamily));
    }

    /** Records an intake visit; a REGISTERED support family is in screening from the visit on. */
    @Transactional
    public SupportFamilyView recordIntake(UUID id, IntakeVisit visit) {
        SupportFamily supportFamily = find(id);
        EventDateException.requireNotFuture("visitDate", visit.visitDate(), today());
        supportFamily.addIntake(visit.withCoordinator(actor.username()));
        record(id, "INTAKE", visit.outcome().name(), visit.visitDate());
        if (supportFamily.status() == SupportFamilyStatus.REGISTERED) {
            move(supportFamily, SupportFamilyStatus.SCREENING, visit.visitDate(), "visitDate");
        }
        return view(supportFamilies.saveAndFlush(supportFamily));
    }

    @Transactional
    public void addNote(UUID id, NewNote note) {
        find(id);
        record(id, "NOTE", note.text().strip());
    }

    @Transactional
    public SupportFamilyView changeStatus(UUID id, SupportFamilyStatusChange change) {
        SupportFamily supportFamily = find(id);
        StaleVersionException.check("support-family", change.version(), supportFamily.version());
        LocalDate on = EventDateException.dateOrToday("changedOn", change.changedOn(), today());
        move(supportFamily, change.target(), on, "changedOn");
        return view(supportFamilies.saveAndFlush(supportFamily));
    }

    /** For matching: a match closed on {@code endedOn} because the support family stopped, from that day on. */
    @Transactional
    public void stoppedWithMatch(UUID id, UUID matchId, LocalDate endedOn) {
        SupportFamily supportFamily = find(id);
        if (supportFamily.status() != SupportFamilyStatus.STOPPED) {
            SupportFamilyStatus from = supportFamily.status();
            supportFamily.changeStatus(SupportFamilyStatus.STOPPED, endedOn, settings.vogValidity(), "endedOn");
            timeline.record(new TimelineEvent(null, id, matchId, "STATUS_CHANGED", from + "→STOPPED", endedOn));
        }
    }

    /**
     * For matching: what stands between the support family and AVAILABLE on {@code day} (VOGs valid then, adults
     * then), as message codes.
     */
    @Transactional(readOnly = true)
    public List<String> missingForAvailable(UUID id, LocalDate day) {
        return find(id).missingForAvailable(day, settings.vogValidity());
    }

    @Transactional(readOnly = true)
    public SupportFamilyView get(UUID id) {
        return view(find(id));
    }

    @Transactional(readOnly = true)
    public Page<SupportFamilyView> list(SupportFamilyFilter filter, Pageable pageable) {
        return supportFamilies.findAll(matching(filter), pageable).map(this::view);
    }

    private void move(SupportFamily supportFamily, SupportFamilyStatus target, LocalDate on, String field) {
        SupportFamilyStatus from = supportFamily.status();
        supportFamily.changeStatus(target, on, settings.vogValidity(), field);
        record(supportFamily.id(), "STATUS_CHANGED", from + "→" + target, on);
    }

    private void record(UUID id, String kind, String summary) {
        timeline.record(TimelineEvent.supportFamily(id, kind, summary));
    }

    private void record(UUID id, String kind, String summary, LocalDate on) {
        timeline.record(TimelineEvent.supportFamily(id, kind, summary).on(on));
    }

    private SupportFamilyView view(SupportFamily supportFamily) {
        return supportFamily.toView(today(), settings.vogValidity());
    }

    private SupportFamily find(UUID id) {
        return supportFamilies.findById(id).orElseThrow(() -> NotFoundException.of("support-family", id));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static Specification<SupportFamily> matching(SupportFamilyFilter filter) {
        Specification<SupportFamily> spec = (root, query, cb) -> cb.conjunction();
        if (filter.status() != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("status"), filter.status()));
        }
        if (filter.query() != null && !filter.query().isBlank()) {
            String like = "%" + filter.query().strip().toLowerCase(Locale.ROOT) + "%";
            spec = spec.and((root, query, cb) -> cb.or(
                    cb.like(cb.lower(root.get("householdName")), like),
                    cb.like(cb.lower(root.get("address").get("city")), like),
                    cb.like(cb.lower(root.get("address").get("postcode")), like)));
        }
        return spec;
    }
}
