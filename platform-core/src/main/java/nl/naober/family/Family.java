package nl.naober.family;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.naober.accesslog.AccessRecord;
import nl.naober.accesslog.PersonalData;
import nl.naober.accesslog.RecordType;
import nl.naober.caserecord.CaseFile;
import nl.naober.crypto.EncryptedText;
import nl.naober.programme.Address;
import nl.naober.programme.DayPart;
import nl.naober.programme.EnumSetConverter;
import nl.naober.programme.IntakeVisit;
import nl.naober.programme.NotFoundException;
import nl.naober.programme.TransitionNotAllowedException;
import nl.naober.programme.Values;

/** A family that asked for support (vraaggezin). Lives in the schema of its municipality; names no schema itself. */
@Entity
@Table(name = "family")
class Family extends CaseFile implements PersonalData {

    @Column(name = "parent_name", nullable = false, length = 100)
    private String parentName;

    @Column(name = "second_parent_name", length = 100)
    private String secondParentName;

    @Column(name = "contact_email", length = 254)
    private String contactEmail;

    @Column(length = 30)
    private String phone;

    @Column(name = "number_of_children", nullable = false)
    private int numberOfChildren;

    @Convert(converter = ReasonsConverter.class)
    @Column(length = 300)
    private Set<RegistrationReason> reasons = EnumSet.noneOf(RegistrationReason.class);

    @Convert(converter = EncryptedText.class)
    @Column(name = "reason_other", length = 200)
    private String reasonOther;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private RegistrationSource source;

    @Column(name = "referring_organisation", length = 100)
    private String referringOrganisation;

    @Column(name = "day_parts_per_week", nullable = false)
    private int dayPartsPerWeek;

    @Convert(converter = EnumSetConverter.DayParts.class)
    @Column(name = "preferred_day_parts", length = 400)
    private Set<DayPart> preferredDayParts = EnumSet.noneOf(DayPart.class);

    @Column(name = "consent_at")
    private Instant consentAt;

    @Column(name = "consent_version", length = 20)
    private String consentVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private FamilyStatus status;

    /** Why the family was declined or withdrew; cleared when it is reopened. */
    @Enumerated(EnumType.STRING)
    @Column(name = "leave_reason", length = 40)
    private LeaveReason leaveReason;

    @Convert(converter = EncryptedText.class)
    @Column(name = "leave_explanation", length = 500)
    private String leaveExplanation;

    /** Where the family was before it was declined or withdrew: where reopening takes it back to. */
    @Enumerated(EnumType.STRING)
    @Column(name = "status_before_leaving", length = 20)
    private FamilyStatus statusBeforeLeaving;

    @OneToMany(mappedBy = "family", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("birthDate")
    private List<Child> children = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "family_intake", joinColumns = @JoinColumn(name = "family_id"))
    private List<IntakeVisit> intakes = new ArrayList<>();

    protected Family() {}

    /** {@code address} is the command's, located. */
    Family(NewFamily command, Address address, String email, LocalDate registered, String coordinator, Instant now) {
        super(address, coordinator, registered, now);
        this.contactEmail = email;
        this.parentName = command.parentName().strip();
        this.secondParentName = Values.blankToNull(command.secondParentName());
        this.phone = Values.blankToNull(command.phone());
        this.numberOfChildren = command.numberOfChildren();
        this.reasons = Values.enumSet(command.reasons(), RegistrationReason.class);
        this.reasonOther = Values.blankToNull(command.reasonOther());
        this.source = command.source() != null ? command.source() : RegistrationSource.SELF_REGISTRATION;
        this.referringOrganisation = Values.blankToNull(command.referringOrganisation());
        this.dayPartsPerWeek = command.dayPartsPerWeek() != null ? command.dayPartsPerWeek() : 1;
        this.preferredDayParts = Values.enumSet(command.preferredDayParts(), DayPart.class);
        this.consentAt = now;
        this.consentVersion = command.consentVersion() != null ? command.consentVersion() : "2026-1";
        this.status = FamilyStatus.REGISTERED;
        if (command.children() != null) {
            command.children().forEach(this::addChild);
        }
    }

    /** {@code address} is the update's, located. */
    void update(FamilyUpdate update, Address address, String email) {
        this.parentName = update.parentName().strip();
        this.secondParentName = Values.blankToNull(update.secondParentName());
        this.contactEmail = email;
        this.phone = Values.blankToNull(update.phone());
        livesAt(address);
        this.numberOfChildren = update.numberOfChildren();
        this.reasons = Values.enumSet(update.reasons(), RegistrationReason.class);
        this.reasonOther = Values.blankToNull(update.reasonOther());
        if (update.dayPartsPerWeek() != null) {
            this.dayPartsPerWeek = update.dayPartsPerWeek();
        }
        this.preferredDayParts = Values.enumSet(update.preferredDayParts(), DayPart.class);
        if (update.coordinator() != null && !update.coordinator().isBlank()) {
            reassign(update.coordinator().strip());
        }
    }

    void addChild(NewChild child) {
        children.add(new Child(this, child));
    }

    /** The child's first name before the change, so the timeline can say who changed. */
    String updateChild(UUID childId, NewChild update) {
        Child child = child(childId);
        String before = child.firstName();
        child.update(update);
        return before;
    }

    /** The removed child's first name. */
    String removeChild(UUID childId) {
        Child child = child(childId);
        children.remove(child);
        return child.firstName();
    }

    private Child child(UUID childId) {
        return children.stream()
                .filter(c -> c.id().equals(childId))
                .findFirst()
                .orElseThrow(() -> NotFoundException.of("child", childId));
    }

    void addIntake(IntakeVisit visit) {
        addIntake(intakes, visit);
    }

    /**
     * A coordinator's change on {@code today}: only to the states {@link FamilyStatus#manualTargets()} allows, and not
     * before the previous change ({@code field} names the command's date). Leaving the programme keeps its reason
     * and the status left, for monitoring and reopening.
     */
    void changeStatusManually(
            FamilyStatus target, LocalDate today, String field, LeaveReason reason, String explanation) {
        if (!status.manualTargets().contains(target)) {
            throw TransitionNotAllowedException.from("family", status, target, status.manualTargets());
        }
        requireNotBeforeLastChange(field, today, "");
        if (!target.isOpen()) {
            this.statusBeforeLeaving = status;
            this.leaveReason = reason;
            this.leaveExplanation = Values.blankToNull(explanation);
        }
        moveTo(target, today);
    }

    /**
     * Takes a declined or withdrawn family back to where it was: the status it left, or the first status of the
     * programme when that is unknown (a family that left before this was kept). A family that left while MATCHED
     * (its match was closed first) goes back to the waiting list, since its match is over.
     */
    FamilyStatus reopen(LocalDate today) {
        if (!reopenable()) {
            throw TransitionNotAllowedException.from("family", status, FamilyStatus.REGISTERED, status.manualTargets());
        }
        requireNotBeforeLastChange("reopenedOn", today, "");
        FamilyStatus target = reopenTarget();
        this.leaveReason = null;
        this.leaveExplanation = null;
        this.statusBeforeLeaving = null;
        moveTo(target, today);
        return target;
    }

    boolean reopenable() {
        return status == FamilyStatus.DECLINED || status == FamilyStatus.WITHDRAWN;
    }

    private FamilyStatus reopenTarget() {
        if (statusBeforeLeaving == null) {
            return FamilyStatus.REGISTERED;
        }
        return statusBeforeLeaving == FamilyStatus.MATCHED ? FamilyStatus.WAITING : statusBeforeLeaving;
    }

    /**
     * A change that follows the family's match on the match event's day; {@code expected} is where the family must be
     * now, {@code field} the match command's date, which may not lie before the family's previous change.
     */
    void followMatch(Set<FamilyStatus> expected, FamilyStatus target, LocalDate day, String field) {
        if (!expected.contains(status)) {
            throw TransitionNotAllowedException.from("family", status, target, status.manualTargets());
        }
        requireNotBeforeLastChange(field, day, "family.");
        moveTo(target, day);
    }

    private void moveTo(FamilyStatus target, LocalDate today) {
        this.status = target;
        statusChangedOn(today);
    }

    FamilyStatus status() {
        return status;
    }

    FamilyView toView(LocalDate today) {
        return toView(today, status == FamilyStatus.MATCHED);
    }

    /** The view, offering only the status changes allowed with or without an open match. */
    FamilyView toView(LocalDate today, boolean hasOpenMatch) {
        Address address = address();
        return new FamilyView(
                id(),
                parentName,
                secondParentName,
                contactEmail,
                phone,
                address.street(),
                address.houseNumber(),
                address.postcode(),
                address.city(),
                address.latitude(),
                address.longitude(),
                numberOfChildren,
                Set.copyOf(reasons),
                reasonOther,
                source,
                referringOrganisation,
                dayPartsPerWeek,
                Set.copyOf(preferredDayParts),
                consentAt,
                consentVersion,
                coordinator(),
                registrationDate(),
                status,
                status.manualTargets(hasOpenMatch),
                statusChangedOn(),
                leaveReason,
                leaveExplanation,
                reopenable() ? reopenTarget() : null,
                children.stream().map(c -> c.toView(today)).toList(),
                newestFirst(intakes),
                createdAt(),
                version());
    }

    @Override
    public AccessRecord accessRecord() {
        return AccessRecord.family(RecordType.FAMILY, id(), id());
    }
}
