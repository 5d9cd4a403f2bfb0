package nl.naober.casefile.screens;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;
import nl.naober.programme.DayPart;
import nl.naober.programme.NeedCategory;

/** What a support family offers, bound by both its registration form and its edit form. */
public abstract class SupportFamilyOfferFields implements Serializable {

    protected Set<DayPart> availableDayParts = EnumSet.noneOf(DayPart.class);
    protected Integer capacity;
    protected Integer minAge;
    protected Integer maxAge;
    protected Set<NeedCategory> experience = EnumSet.noneOf(NeedCategory.class);
    protected String experienceText;
    protected String preferences;

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
