package nl.naober.supportfamily;

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
import java.time.Period;
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
import nl.naober.programme.IntakeOutcome;
import nl.naober.programme.IntakeVisit;
import nl.naober.programme.NeedCategory;
import nl.naober.programme.NotFoundException;
import nl.naober.programme.RuleViolationException;
import nl.naober.programme.TransitionNotAllowedException;
import nl.naober.programme.Values;

/** A volunteer support family (steungezin/steunouder) in the schema of its municipality. */
@Entity
@Table(name = "support_family")
class SupportFamily extends CaseFile implements PersonalData {

    @Column(name = "household_name", nullable = false, length = 100)
    private String householdName;

    @Column(length = 254)
    private String email;

    @Column(length = 30)
    private String phone;

    @Convert(converter = EnumSetConverter.DayParts.class)
    @Column(name = "available_day_parts", length = 400)
    private Set<DayPart> availableDayParts = EnumSet.noneOf(DayPart.class);

    @Column(nullable = false)
    private int capacity;

    @Column(name = "min_age", nullable = false)
    private int minAge;

    @Column(name = "max_age", nullable = false)
    private int maxAge;

    @Convert(converter = EnumSetConverter.Needs.class)
    @Column(length = 200)
    private Set<NeedCategory> experience = EnumSet.noneOf(NeedCategory.class);

    @Convert(converter = EncryptedText.class)
    @Column(name = "experience_text", length = 2000)
    private String experienceText;

    @Convert(converter = EncryptedText.class)
    @Column(length = 2000)
    private String preferences;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SupportFamilyStatus status;

    @OneToMany(mappedBy = "supportFamily", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("birthDate")
    private List<HouseholdMember> members = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "support_family_intake", joinColumns = @JoinColumn(name = "support_family_id"))
    private List<IntakeVisit> intakes = new ArrayList<>();

    protected SupportFamily() {}

    /** {@code address} is the command's, located. */
    SupportFamily(NewSupportFamily command, Address address, String coordinator, LocalDate registered, Instant now) {
        super(address, coordinator, registered, now);
        this.householdName = command.householdName().strip();
        this.email = Values.blankToNull(command.email());
        this.phone = Values.blankToNull(command.phone());
        this.availableDayParts = Values.enumSet(command.availableDayParts(), DayPart.class);
        this.capacity = command.capacity();
        this.minAge = command.minAge() != null ? command.minAge() : 0;
        this.maxAge = command.maxAge() != null ? command.maxAge() : 12;
        this.experience = Values.enumSet(command.experience(), NeedCategory.class);
        this.experienceText = Values.blankToNull(command.experienceText());
        this.preferences = Values.blankToNull(command.preferences());
        this.status = SupportFamilyStatus.REGISTERED;
        if (command.members() != null) {
            command.members().forEach(this::addMember);
        }
        requireAgeRange();
    }

    void update(SupportFamilyUpdate update) {
        this.availableDayParts = Values.enumSet(update.availableDayParts(), DayPart.class);
        this.capacity = update.capacity();
        this.minAge = update.minAge();
        this.maxAge = update.maxAge();
        this.experience = Values.enumSet(update.experience(), NeedCategory.class);
        this.experienceText = Values.blankToNull(update.experienceText());
        this.preferences = Values.blankToNull(update.preferences());
        requireAgeRange();
    }

    private void requireAgeRange() {
        if (minAge > maxAge) {
            throw RuleViolationException.of("rule.age-range");
        }
    }

    HouseholdMember addMember(NewHouseholdMember member) {
        HouseholdMember added = new HouseholdMember(this, member);
        members.add(added);
        return added;
    }

    HouseholdMember member(UUID memberId) {
        return members.stream()
                .filter(m -> m.id().equals(memberId))
                .findFirst()
                .orElseThrow(() -> NotFoundException.of("household-member", memberId));
    }

    void addIntake(IntakeVisit visit) {
        addIntake(intakes, visit);
    }

    /**
     * What stands between this family and AVAILABLE on {@code day}, as message codes; empty when nothing does. A VOG
     * counts when it was issued on or before that day and had not expired by then; an adult is one on that day.
     */
    List<String> missingForAvailable(LocalDate today, Period vogValidity) {
        List<String> missing = new ArrayList<>();
        if (members.stream().noneMatch(m -> m.isAdult(today))) {
            missing.add("rule.no-adult");
        }
        if (members.stream().anyMatch(m -> m.needsVog(today, vogValidity))) {
            missing.add("rule.vog-missing");
        }
        if (intakes.stream().noneMatch(i -> i.outcome() == IntakeOutcome.SUITABLE)) {
            missing.add("rule.intake-missing");
        }
        return missing;
    }

    /**
     * Moves to {@code target} on {@code day}: not before the registration or the previous change ({@code field} is
     * the command's date field), and AVAILABLE only with what that needs on that day.
     */
    void changeStatus(SupportFamilyStatus target, LocalDate today, Period vogValidity, String field) {
        if (!status.targets().contains(target)) {
            throw TransitionNotAllowedException.from("support-family", status, target, status.targets());
        }
        requireNotBeforeLastChange(field, today, "");
        if (target == SupportFamilyStatus.AVAILABLE) {
            List<String> missing = missingForAvailable(today, vogValidity);
            if (!missing.isEmpty()) {
                throw RuleViolationException.of(missing);
            }
        }
        this.status = target;
        statusChangedOn(today);
    }

    SupportFamilyStatus status() {
        return status;
    }

    SupportFamilyView toView(LocalDate today, Period vogValidity) {
        Address address = address();
        return new SupportFamilyView(
                id(),
                householdName,
                email,
                phone,
                address.street(),
                address.houseNumber(),
                address.postcode(),
                address.city(),
                address.latitude(),
                address.longitude(),
                Set.copyOf(availableDayParts),
                capacity,
                minAge,
                maxAge,
                Set.copyOf(experience),
                experienceText,
                preferences,
                coordinator(),
                status,
                status.targets(),
                status == SupportFamilyStatus.STOPPED ? List.of() : missingForAvailable(today, vogValidity),
                statusChangedOn(),
                registrationDate(),
                members.stream().map(m -> m.toView(today, vogValidity)).toList(),
                newestFirst(intakes),
                createdAt(),
                version());
    }

    @Override
    public AccessRecord accessRecord() {
        return AccessRecord.supportFamily(RecordType.SUPPORT_FAMILY, id(), id());
    }
}
