package nl.naober.api.web.casework;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.naober.core.programme.DayPart;
import nl.naober.core.programme.NeedCategory;
import nl.naober.core.programme.Values;
import nl.naober.core.supportfamily.SupportFamilyUpdate;
import nl.naober.core.supportfamily.SupportFamilyView;

/** The edit form of what a support family offers, prefilled; {@link SupportFamilyUpdate} validates it. */
public class SupportFamilyEditForm {

    private Long version;
    private Set<DayPart> availableDayParts = EnumSet.noneOf(DayPart.class);
    private Integer capacity;
    private Integer minAge;
    private Integer maxAge;
    private Set<NeedCategory> experience = EnumSet.noneOf(NeedCategory.class);
    private String experienceText;
    private String preferences;

    static SupportFamilyEditForm of(SupportFamilyView supportFamily) {
        SupportFamilyEditForm form = new SupportFamilyEditForm();
        form.version = supportFamily.version();
        form.availableDayParts = Values.enumSet(supportFamily.availableDayParts(), DayPart.class);
        form.capacity = supportFamily.capacity();
        form.minAge = supportFamily.minAge();
        form.maxAge = supportFamily.maxAge();
        form.experience = Values.enumSet(supportFamily.experience(), NeedCategory.class);
        form.experienceText = supportFamily.experienceText();
        form.preferences = supportFamily.preferences();
        return form;
    }

    SupportFamilyUpdate toCommand() {
        return new SupportFamilyUpdate(
                version, availableDayParts, capacity, minAge, maxAge, experience, experienceText, preferences);
    }

    /** The fields where what is stored now differs from what was typed. */
    List<Differences.Row> differencesFrom(SupportFamilyView stored, Differences differences) {
        return differences
                .choices("supportFamily.availableDayParts", stored.availableDayParts(), availableDayParts, "daypart.")
                .number("supportFamily.capacity", stored.capacity(), capacity)
                .number("supportFamily.minAge", stored.minAge(), minAge)
                .number("supportFamily.maxAge", stored.maxAge(), maxAge)
                .choices("supportFamily.experience", stored.experience(), experience, "need.")
                .text("supportFamily.experienceText", stored.experienceText(), experienceText)
                .text("supportFamily.preferences", stored.preferences(), preferences)
                .rows();
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public Set<DayPart> getAvailableDayParts() {
        return availableDayParts;
    }

    public void setAvailableDayParts(Set<DayPart> availableDayParts) {
        this.availableDayParts = availableDayParts;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public Integer getMinAge() {
        return minAge;
    }

    public void setMinAge(Integer minAge) {
        this.minAge = minAge;
    }

    public Integer getMaxAge() {
        return maxAge;
    }

    public void setMaxAge(Integer maxAge) {
        this.maxAge = maxAge;
    }

    public Set<NeedCategory> getExperience() {
        return experience;
    }

    public void setExperience(Set<NeedCategory> experience) {
        this.experience = experience;
    }

    public String getExperienceText() {
        return experienceText;
    }

    public void setExperienceText(String experienceText) {
        this.experienceText = experienceText;
    }

    public String getPreferences() {
        return preferences;
    }

    public void setPreferences(String preferences) {
        this.preferences = preferences;
    }
}
