package nl.naober.api.web.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.naober.core.family.NewFamily;
import nl.naober.core.family.RegistrationReason;
import nl.naober.core.family.RegistrationSource;
import nl.naober.core.programme.DayPart;
import org.springframework.format.annotation.DateTimeFormat;

/** The registration form of a family, with one optional child row; {@link NewFamily} validates it. */
public class FamilyForm {

    private String parentName;
    private String secondParentName;
    private String contactEmail;
    private String phone;
    private String street;
    private String houseNumber;
    private String postcode;
    private String city;
    private Integer numberOfChildren = 1;
    private Set<RegistrationReason> reasons = EnumSet.noneOf(RegistrationReason.class);
    private String reasonOther;
    private RegistrationSource source = RegistrationSource.COORDINATOR;
    private String referringOrganisation;
    private Integer dayPartsPerWeek = 1;
    private Set<DayPart> preferredDayParts = EnumSet.noneOf(DayPart.class);
    private boolean consentGiven;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate registrationDate;

    private List<ChildForm> children = new ArrayList<>(List.of(new ChildForm()));

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

    public String getParentName() {
        return parentName;
    }

    public void setParentName(String parentName) {
        this.parentName = parentName;
    }

    public String getSecondParentName() {
        return secondParentName;
    }

    public void setSecondParentName(String secondParentName) {
        this.secondParentName = secondParentName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getHouseNumber() {
        return houseNumber;
    }

    public void setHouseNumber(String houseNumber) {
        this.houseNumber = houseNumber;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public Integer getNumberOfChildren() {
        return numberOfChildren;
    }

    public void setNumberOfChildren(Integer numberOfChildren) {
        this.numberOfChildren = numberOfChildren;
    }

    public Set<RegistrationReason> getReasons() {
        return reasons;
    }

    public void setReasons(Set<RegistrationReason> reasons) {
        this.reasons = reasons;
    }

    public String getReasonOther() {
        return reasonOther;
    }

    public void setReasonOther(String reasonOther) {
        this.reasonOther = reasonOther;
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

    public Integer getDayPartsPerWeek() {
        return dayPartsPerWeek;
    }

    public void setDayPartsPerWeek(Integer dayPartsPerWeek) {
        this.dayPartsPerWeek = dayPartsPerWeek;
    }

    public Set<DayPart> getPreferredDayParts() {
        return preferredDayParts;
    }

    public void setPreferredDayParts(Set<DayPart> preferredDayParts) {
        this.preferredDayParts = preferredDayParts;
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
