package nl.naober.casefile.screens;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;
import nl.naober.family.RegistrationReason;
import nl.naober.programme.DayPart;

/** The family details both the registration form and the edit form bind: one set of fields and accessors. */
public abstract class FamilyDetailsFields implements Serializable {

    protected String parentName;
    protected String secondParentName;
    protected String contactEmail;
    protected String phone;
    protected String street;
    protected String houseNumber;
    protected String postcode;
    protected String city;
    protected Integer numberOfChildren;
    protected Set<RegistrationReason> reasons = EnumSet.noneOf(RegistrationReason.class);
    protected String reasonOther;
    protected Integer dayPartsPerWeek;
    protected Set<DayPart> preferredDayParts = EnumSet.noneOf(DayPart.class);

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
}
