package nl.naober.registration.web;

import java.util.EnumSet;
import java.util.Set;
import nl.naober.family.RegistrationReason;
import nl.naober.programme.DayPart;
import nl.naober.registration.NewPublicRegistration;
import nl.naober.registration.RegistrationKind;

/**
 * What the registration page posts, kept as typed so a page with errors shows it again;
 * {@link NewPublicRegistration} validates it. Public with getters and setters for data binding.
 */
public class RegistrationForm {

    private String token;
    private String firstName;
    private String lastName;
    private String email;
    private String phone;
    private String postcode;
    private String houseNumber;
    private String city;
    private Integer numberOfChildren;
    private Integer capacity;
    private Set<RegistrationReason> reasons = EnumSet.noneOf(RegistrationReason.class);
    private Set<DayPart> dayParts = EnumSet.noneOf(DayPart.class);
    private String message;
    private boolean consent;
    private String website;

    static RegistrationForm empty() {
        RegistrationForm form = new RegistrationForm();
        form.token = IdempotencyKey.newFormToken();
        return form;
    }

    /** Only what belongs to this kind: a support family has no reasons, a family no capacity. */
    NewPublicRegistration toCommand(RegistrationKind kind) {
        boolean family = kind == RegistrationKind.FAMILY;
        return new NewPublicRegistration(
                kind,
                firstName,
                lastName,
                email,
                phone,
                postcode,
                houseNumber,
                city,
                family ? numberOfChildren : null,
                family ? reasons : null,
                dayParts,
                family ? null : capacity,
                message,
                consent,
                website);
    }

    boolean isHoneypotFilled() {
        return website != null && !website.isBlank();
    }

    boolean hasEmail() {
        return email != null && !email.isBlank();
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
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

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public String getHouseNumber() {
        return houseNumber;
    }

    public void setHouseNumber(String houseNumber) {
        this.houseNumber = houseNumber;
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

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public Set<RegistrationReason> getReasons() {
        return reasons;
    }

    public void setReasons(Set<RegistrationReason> reasons) {
        this.reasons = reasons == null ? EnumSet.noneOf(RegistrationReason.class) : reasons;
    }

    public Set<DayPart> getDayParts() {
        return dayParts;
    }

    public void setDayParts(Set<DayPart> dayParts) {
        this.dayParts = dayParts == null ? EnumSet.noneOf(DayPart.class) : dayParts;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }
}
