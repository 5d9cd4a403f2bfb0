package nl.naober.core.geo;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Where a family lives, for the distance in match suggestions: the coordinates the caller gave, else the
 * geocoder's answer, else unknown. A geocoder outage never blocks a registration; the distance then stays unknown
 * and the suggestions say so.
 */
@Component
public class AddressLocator {

    private static final Logger log = LoggerFactory.getLogger(AddressLocator.class);

    private final Geocoder geocoder;

    AddressLocator(Geocoder geocoder) {
        this.geocoder = geocoder;
    }

    public Optional<Coordinates> locate(Double latitude, Double longitude, String postcode, String houseNumber) {
        if (latitude != null && longitude != null) {
            return Optional.of(new Coordinates(latitude, longitude));
        }
        try {
            return geocoder.locate(postcode, houseNumber);
        } catch (GeocoderUnavailableException e) {
            log.warn("Geocoder unavailable; the address stays without coordinates until it is saved again");
            return Optional.empty();
        }
    }
}
