package nl.naober.programme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A coordinator's correction of where a family or support family lives, for the distance in match suggestions: the
 * postcode (and house number, if known) to look up. The rest of the address stays as it is.
 */
public record NewLocation(
        @NotBlank(message = "{family.postcode.required}")
        @Pattern(regexp = "[1-9][0-9]{3} ?[A-Za-z]{2}", message = "{family.postcode.invalid}")
        String postcode,

        @Size(max = 10, message = "{field.max10}") String houseNumber) {

    /** The address with this postcode (and house number, when one is given), not yet located. */
    public Address applyTo(Address address) {
        String number = houseNumber == null || houseNumber.isBlank() ? address.houseNumber() : houseNumber;
        return Address.of(address.street(), number, postcode, address.city());
    }
}
