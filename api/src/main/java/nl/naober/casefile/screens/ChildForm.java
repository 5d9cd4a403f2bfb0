package nl.naober.casefile.screens;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import nl.naober.family.ChildUpdate;
import nl.naober.family.ChildView;
import nl.naober.family.NewChild;
import nl.naober.programme.NeedCategory;
import org.springframework.format.annotation.DateTimeFormat;

/** A child as typed into a form; {@link NewChild} validates it. */
public class ChildForm implements Serializable {

    private String firstName;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate birthDate;

    private Set<NeedCategory> needs = EnumSet.noneOf(NeedCategory.class);
    private String needsText;

    /** The family's version the correction starts from: a stale one gets the "Intussen gewijzigd" page. */
    private Long version;

    /** The form filled with a child as stored, to correct it. */
    static ChildForm of(ChildView child, long familyVersion) {
        ChildForm form = new ChildForm();
        form.version = familyVersion;
        form.firstName = child.firstName();
        form.birthDate = child.birthDate();
        form.needs = child.needs().isEmpty() ? EnumSet.noneOf(NeedCategory.class) : EnumSet.copyOf(child.needs());
        form.needsText = child.needsText();
        return form;
    }

    boolean isEmpty() {
        return firstName == null && birthDate == null && (needs == null || needs.isEmpty()) && needsText == null;
    }

    NewChild toCommand() {
        return new NewChild(firstName, birthDate, needs, needsText);
    }

    ChildUpdate toUpdate() {
        return new ChildUpdate(firstName, birthDate, needs, needsText, version);
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public Set<NeedCategory> getNeeds() {
        return needs;
    }

    public void setNeeds(Set<NeedCategory> needs) {
        this.needs = needs;
    }

    public String getNeedsText() {
        return needsText;
    }

    public void setNeedsText(String needsText) {
        this.needsText = needsText;
    }
}
