package nl.naober.family;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import nl.naober.accesslog.AccessRecord;
import nl.naober.accesslog.LazyIds;
import nl.naober.accesslog.PersonalData;
import nl.naober.accesslog.RecordType;
import nl.naober.crypto.EncryptedText;
import nl.naober.programme.NeedCategory;

/** A child of the family for whom support is asked. */
@Entity
@Table(name = "child")
class Child implements PersonalData {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "family_id")
    private Family family;

    @Column(name = "first_name", nullable = false, length = 60)
    private String firstName;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Convert(converter = EncryptedNeeds.class)
    @Column(length = 200)
    private Set<NeedCategory> needs = EnumSet.noneOf(NeedCategory.class);

    @Convert(converter = EncryptedText.class)
    @Column(name = "needs_text", length = 2000)
    private String needsText;

    protected Child() {}

    Child(Family family, NewChild child) {
        this.id = UUID.randomUUID();
        this.family = family;
        this.firstName = child.firstName().strip();
        this.birthDate = child.birthDate();
        this.needs = child.needs() == null || child.needs().isEmpty()
                ? EnumSet.noneOf(NeedCategory.class)
                : EnumSet.copyOf(child.needs());
        this.needsText = child.needsText();
    }

    UUID id() {
        return id;
    }

    String firstName() {
        return firstName;
    }

    void update(NewChild child) {
        this.firstName = child.firstName().strip();
        this.birthDate = child.birthDate();
        this.needs = child.needs() == null || child.needs().isEmpty()
                ? EnumSet.noneOf(NeedCategory.class)
                : EnumSet.copyOf(child.needs());
        this.needsText = child.needsText();
    }

    ChildView toView(LocalDate today) {
        return new ChildView(
                id, firstName, birthDate, Period.between(birthDate, today).getYears(), Set.copyOf(needs), needsText);
    }

    @Override
    public AccessRecord accessRecord() {
        return AccessRecord.family(RecordType.CHILD, id, LazyIds.of(family, Family::id));
    }
}
