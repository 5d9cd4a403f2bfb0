package nl.naober.casefile.screens;

import java.io.Serializable;
import java.util.List;
import nl.naober.programme.DayPart;
import nl.naober.programme.NeedCategory;
import nl.naober.programme.Values;
import nl.naober.supportfamily.SupportFamilyUpdate;
import nl.naober.supportfamily.SupportFamilyView;

/** The edit form of what a support family offers, prefilled; {@link SupportFamilyUpdate} validates it. */
public class SupportFamilyEditForm extends SupportFamilyOfferFields
        implements Serializable, CaseFileScreens.EditForm<SupportFamilyView, SupportFamilyUpdate> {

    private Long version;

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

    @Override
    public SupportFamilyUpdate toCommand() {
        return new SupportFamilyUpdate(
                version, availableDayParts, capacity, minAge, maxAge, experience, experienceText, preferences);
    }

    /** The fields where what is stored now differs from what was typed. */
    @Override
    public List<Differences.Row> differencesFrom(SupportFamilyView stored, Differences differences) {
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

    @Override
    public void setVersion(Long version) {
        this.version = version;
    }
}
