package nl.naober.api.web.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.naober.core.family.NewFamily;
import nl.naober.core.family.RegistrationSource;
import org.springframework.format.annotation.DateTimeFormat;

/** The registration form of a family, with one optional child row; {@link NewFamily} validates it. */
public class FamilyForm extends FamilyDetailsFields {

    private RegistrationSource source = RegistrationSource.COORDINATOR;
    private String referringOrganisation;
    private boolean consentGiven;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate registrationDate;

    private List<ChildForm> children = new ArrayList<>(List.of(new ChildForm()));

    public FamilyForm() {
        numberOfChildren = 1;
        dayPartsPerWeek = 1;
    }

    NewFamily toCommand() {
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
                numberOfChildren,
                reasons,
                reasonOther,
                source,
                referringOrganisation,
                dayPartsPerWeek,
                preferredDayParts,
                consentGiven,
                null,
                registrationDate,
                children.stream()
                        .filter(c -> !c.isEmpty())
                        .map(ChildForm::toCommand)
                        .toList());
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
        this.children = children;
    }
}
