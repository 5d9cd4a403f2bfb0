package nl.naober.caserecord;

import java.util.Optional;
import nl.naober.geo.AddressLocator;
import nl.naober.programme.Address;
import org.springframework.stereotype.Component;

/**
 * Locates a case file's address for the distances in match suggestions: the coordinates given, else the geocoder's,
 * else the postcode area's known addresses.
 */
@Component
public class CaseAddresses {

    private final AddressLocator locator;

    CaseAddresses(AddressLocator locator) {
        this.locator = locator;
    }

    /** The address with the coordinates found for it, or none: unknown stays unknown (the screen says so). */
    public Address located(Address address) {
        return found(address).orElseGet(() -> address.locatedAt(null, null));
    }

    /** The address with the coordinates found for it, empty when none are. */
    public Optional<Address> found(Address address) {
        return locator.locate(address.latitude(), address.longitude(), address.postcode(), address.houseNumber())
                .map(at -> address.locatedAt(at.latitude(), at.longitude()));
    }
}
