package nl.naober.casefile.screens;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.naober.supportfamily.NewSupportFamily;
import org.springframework.format.annotation.DateTimeFormat;

/** The registration form of a support family, with one adult member row; {@link NewSupportFamily} validates it. */
public class SupportFamilyForm extends SupportFamilyOfferFields implements Serializable {

    private String householdName;
    private String email;
    private String phone;
    private String street;
    private String houseNumber;
    private String postcode;
    private String city;
    private List<MemberForm> members = new ArrayList<>(List.of(new MemberForm()));

    /** When it registered, if before today (issue 16); empty is today. */
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate registrationDate;

    public SupportFamilyForm() {
        capacity = 1;
        minAge = 0;
        maxAge = 12;
    }

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
                        .toList(),
                registrationDate);
    }

    public LocalDate getRegistrationDate() {
        return registrationDate;
    }

    public void setRegistrationDate(LocalDate registrationDate) {
        this.registrationDate = registrationDate;
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

    public List<MemberForm> getMembers() {
        return members;
    }

    public void setMembers(List<MemberForm> members) {
        this.members = members;
    }
}
