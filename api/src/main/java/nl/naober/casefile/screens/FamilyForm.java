package nl.naober.casefile.screens;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.naober.family.NewFamily;
import nl.naober.family.RegistrationSource;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The registration form of a family, with rows for up to {@value #MAX_CHILD_ROWS} children (empty rows are ignored;
 * "nog een kind toevoegen" adds one without JavaScript); {@link NewFamily} validates it.
 */
public class FamilyForm extends FamilyDetailsFields implements Serializable {

    private RegistrationSource source = RegistrationSource.SELF_REGISTRATION;
    private String referringOrganisation;
    private boolean consentGiven;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate registrationDate;

    /** More rows than a coordinator fills in one go; a bigger family gets the rest on its page. */
    static final int MAX_CHILD_ROWS = 6;

    private List<ChildForm> children = new ArrayList<>(List.of(new ChildForm()));

    public FamilyForm() {
        numberOfChildren = 1;
        dayPartsPerWeek = 1;
    }

    /** One more empty child row, up to {@value #MAX_CHILD_ROWS}; whether one was added. */
    boolean addChildRow() {
        if (children.size() >= MAX_CHILD_ROWS) {
            return false;
        }
        children.add(new ChildForm());
        return true;
    }

    /** Whether another row can still be added (the button is then shown). */
    public boolean isMoreChildRowsAllowed() {
        return children.size() < MAX_CHILD_ROWS;
    }

    NewFamily toCommand() {
        List<ChildForm> entered = children.stream().filter(c -> !c.isEmpty()).toList();
        return new NewFamily(
                parentName,
                secondParentName,
                contactEmail,
                phone,
                street,
                houseNumber,
                postcode,
                city,
                null,
                null,
                // the children typed in count, even when the number was left at its default of 1
                numberOfChildren == null ? null : Math.max(numberOfChildren, entered.size()),
                reasons,
                reasonOther,
                source,
                referringOrganisation,
                dayPartsPerWeek,
                preferredDayParts,
                consentGiven,
                null,
                registrationDate,
                entered.stream().map(ChildForm::toCommand).toList());
    }

    public RegistrationSource getSource() {
        return source;
    }

    public void setSource(RegistrationSource source) {
        this.source = source;
    }

    public String getReferringOrganisation() {
        return referringOrganisation;
    }

    public void setReferringOrganisation(String referringOrganisation) {
        this.referringOrganisation = referringOrganisation;
    }

    public boolean isConsentGiven() {
        return consentGiven;
    }

    public void setConsentGiven(boolean consentGiven) {
        this.consentGiven = consentGiven;
    }

    public LocalDate getRegistrationDate() {
        return registrationDate;
    }

    public void setRegistrationDate(LocalDate registrationDate) {
        this.registrationDate = registrationDate;
    }

    public List<ChildForm> getChildren() {
        return children;
    }

    public void setChildren(List<ChildForm> children) {
        // a crafted request cannot make the form grow past the rows it offers
        this.children = new ArrayList<>(children.subList(0, Math.min(children.size(), MAX_CHILD_ROWS)));
    }
}
