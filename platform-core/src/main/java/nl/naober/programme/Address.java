package nl.naober.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;

/**
 * Where a family or support family lives, with its coordinates when known (for distances in match suggestions).
 * Stored in the columns of the record it belongs to.
 */
@Embeddable
public record Address(
        @Column(length = 100) String street,
        @Column(name = "house_number", length = 10) String houseNumber,
        @Column(nullable = false, length = 7) String postcode,
        @Column(length = 60) String city,
        Double latitude,
        Double longitude) {

    /** Blank parts become null and the postcode takes the PostNL form "1234 AB". */
    public static Address of(String street, String houseNumber, String postcode, String city) {
        return new Address(
                Values.blankToNull(street),
                Values.blankToNull(houseNumber),
                normalisePostcode(postcode),
                Values.blankToNull(city),
                null,
                null);
    }

    public Address locatedAt(Double latitude, Double longitude) {
        return new Address(street, houseNumber, postcode, city, latitude, longitude);
    }

    /** "1234ab" and "1234 AB" are the same postcode; store the PostNL form "1234 AB". */
    public static String normalisePostcode(String postcode) {
        String compact = postcode.replace(" ", "").toUpperCase(Locale.ROOT);
        return compact.substring(0, 4) + " " + compact.substring(4);
    }
}
