package nl.naober.api.web.casework;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.naober.core.programme.DayPart;
import nl.naober.core.programme.NeedCategory;
import nl.naober.core.supportfamily.NewSupportFamily;

/** The registration form of a support family, with one adult member row; {@link NewSupportFamily} validates it. */
public class SupportFamilyForm {

    private String householdName;
    private String email;
    private String phone;
    private String street;
    private String houseNumber;
    private String postcode;
    private String city;
    private Set<DayPart> availableDayParts = EnumSet.noneOf(DayPart.class);
    private Integer capacity = 1;
    private Integer minAge = 0;
    private Integer maxAge = 12;
    private Set<NeedCategory> experience = EnumSet.noneOf(NeedCategory.class);
    private String experienceText;
    private String preferences;
    private List<MemberForm> members = new ArrayList<>(List.of(new MemberForm()));

    NewSupportFamily toCommand() {
        return new NewSupportFamily(
                householdName,
                email,
                phone,
                street,
                houseNumber,
                postcode,
                city,
                null,
                null,
                availableDayParts,
                capacity,
                minAge,
                maxAge,
                experience,
                experienceText,
                preferences,
                members.stream()
                        .filter(m -> m.getFirstName() != null || m.getBirthDate() != null)
                        .map(MemberForm::toCommand)
                        .toList());
    }

    public String getHouseholdName() {
        return householdName;
    }

    public void setHouseholdName(String householdName) {
        this.householdName = householdName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
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

    public List<MemberForm> getMembers() {
        return members;
    }

    public void setMembers(List<MemberForm> members) {
        this.members = members;
    }
}
