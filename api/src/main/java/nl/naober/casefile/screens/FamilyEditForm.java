package nl.naober.casefile.screens;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import nl.naober.family.FamilyUpdate;
import nl.naober.family.FamilyView;
import nl.naober.family.RegistrationReason;
import nl.naober.programme.Address;
import nl.naober.programme.DayPart;
import nl.naober.programme.Values;

/**
 * The edit form of a family, prefilled from what is stored; {@link FamilyUpdate} validates it. The coordinates
 * travel hidden with the address they belong to: when the postcode or house number changes they are dropped, so
 * the new address is located again instead of keeping the old place.
 */
public class FamilyEditForm extends FamilyDetailsFields
        implements Serializable, CaseFileScreens.EditForm<FamilyView, FamilyUpdate> {

    private Long version;
    private Double latitude;
    private Double longitude;
    private String locatedPostcode;
    private String locatedHouseNumber;
    private String coordinator;

    static FamilyEditForm of(FamilyView family) {
        FamilyEditForm form = new FamilyEditForm();
        form.version = family.version();
        form.parentName = family.parentName();
        form.secondParentName = family.secondParentName();
        form.contactEmail = family.contactEmail();
        form.phone = family.phone();
        form.street = family.street();
        form.houseNumber = family.houseNumber();
        form.postcode = family.postcode();
        form.city = family.city();
        form.latitude = family.latitude();
        form.longitude = family.longitude();
        form.locatedPostcode = family.postcode();
        form.locatedHouseNumber = family.houseNumber();
        form.numberOfChildren = family.numberOfChildren();
        form.reasons = Values.enumSet(family.reasons(), RegistrationReason.class);
        form.reasonOther = family.reasonOther();
        form.dayPartsPerWeek = family.dayPartsPerWeek();
        form.preferredDayParts = Values.enumSet(family.preferredDayParts(), DayPart.class);
        form.coordinator = family.coordinator();
        return form;
    }

    @Override
    public FamilyUpdate toCommand() {
        boolean sameAddress = sameAddress();
        return new FamilyUpdate(
                version,
                parentName,
                secondParentName,
                contactEmail,
                phone,
                street,
                houseNumber,
                postcode,
                city,
                sameAddress ? latitude : null,
                sameAddress ? longitude : null,
                numberOfChildren,
                reasons,
                reasonOther,
                dayPartsPerWeek,
                preferredDayParts,
                coordinator);
    }

    /** The fields where what is stored now differs from what was typed. */
    @Override
    public List<Differences.Row> differencesFrom(FamilyView stored, Differences differences) {
        return differences
                .text("family.parentName", stored.parentName(), parentName)
                .text("family.secondParentName", stored.secondParentName(), secondParentName)
                .text("family.contactEmail", stored.contactEmail(), contactEmail)
                .text("family.phone", stored.phone(), phone)
                .text("family.street", stored.street(), street)
                .text("family.houseNumber", stored.houseNumber(), houseNumber)
                .text("family.postcode", stored.postcode(), postcodeAsStored())
                .text("family.city", stored.city(), city)
                .number("family.numberOfChildren", stored.numberOfChildren(), numberOfChildren)
                .choices("family.reasons", stored.reasons(), reasons, "reason.")
                .text("family.reasonOther", stored.reasonOther(), reasonOther)
                .number("family.dayPartsPerWeek", stored.dayPartsPerWeek(), dayPartsPerWeek)
                .choices("family.preferredDayParts", stored.preferredDayParts(), preferredDayParts, "daypart.")
                .text(
                        "family.coordinator",
                        stored.coordinator(),
                        coordinator == null ? stored.coordinator() : coordinator)
                .rows();
    }

    private boolean sameAddress() {
        return Objects.equals(compact(postcode), compact(locatedPostcode))
                && Objects.equals(compact(houseNumber), compact(locatedHouseNumber));
    }

    private String postcodeAsStored() {
        String compact = compact(postcode);
        return compact != null && compact.matches("[1-9][0-9]{3}[A-Z]{2}")
                ? Address.normalisePostcode(compact)
                : postcode;
    }

    private static String compact(String value) {
        return value == null ? null : value.replace(" ", "").toUpperCase(Locale.ROOT);
    }

    public Long getVersion() {
        return version;
    }

    @Override
    public void setVersion(Long version) {
        this.version = version;
    }

    public Double getLatitude() {
        return latitude;
    }

    public void setLatitude(Double latitude) {
        this.latitude = latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    public void setLongitude(Double longitude) {
        this.longitude = longitude;
    }

    public String getLocatedPostcode() {
        return locatedPostcode;
    }

    public void setLocatedPostcode(String locatedPostcode) {
        this.locatedPostcode = locatedPostcode;
    }

    public String getLocatedHouseNumber() {
        return locatedHouseNumber;
    }

    public void setLocatedHouseNumber(String locatedHouseNumber) {
        this.locatedHouseNumber = locatedHouseNumber;
    }

    public String getCoordinator() {
        return coordinator;
    }

    public void setCoordinator(String coordinator) {
        this.coordinator = coordinator;
    }
}
