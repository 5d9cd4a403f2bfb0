package nl.naober.administration.screens;

import java.io.Serializable;
import nl.naober.organisation.WelfareOrganisationDetails;

/** A welfare organisation as typed; {@link WelfareOrganisationDetails} validates it. */
public class OrganisationForm implements Serializable {

    private String name;
    private String contactPerson;
    private String email;
    private String phone;
    private String kvkNumber;

    WelfareOrganisationDetails toCommand() {
        return new WelfareOrganisationDetails(name, contactPerson, email, phone, kvkNumber);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getContactPerson() {
        return contactPerson;
    }

    public void setContactPerson(String contactPerson) {
        this.contactPerson = contactPerson;
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

    public String getKvkNumber() {
        return kvkNumber;
    }

    public void setKvkNumber(String kvkNumber) {
        this.kvkNumber = kvkNumber;
    }
}
