package nl.naober.geo;

import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Where a family lives, for the distance in match suggestions: the coordinates the caller gave, else the
 * geocoder's answer, else the middle of the known addresses in the same postcode area ({@link PostcodeAreas}), else
 * unknown. A geocoder outage never blocks a registration; the distance then stays unknown (it scores neutrally) and
 * the suggestions say so.
 */
@Component
public class AddressLocator {

    private static final Logger log = LoggerFactory.getLogger(AddressLocator.class);

    private final Geocoder geocoder;
    private final Function<String, Optional<Coordinates>> postcodeAreas;

    @Autowired
    AddressLocator(Geocoder geocoder, PostcodeAreas postcodeAreas) {
        this(geocoder, postcodeAreas::centre);
    }

    AddressLocator(Geocoder geocoder) {
        this(geocoder, postcode -> Optional.empty());
    }

    AddressLocator(Geocoder geocoder, Function<String, Optional<Coordinates>> postcodeAreas) {
        this.geocoder = geocoder;
        this.postcodeAreas = postcodeAreas;
    }

    public Optional<Coordinates> locate(Double latitude, Double longitude, String postcode, String houseNumber) {
        if (latitude != null && longitude != null) {
            return Optional.of(new Coordinates(latitude, longitude));
        }
        Optional<Coordinates> found;
        try {
            found = geocoder.locate(postcode, houseNumber);
        } catch (GeocoderUnavailableException e) {
            log.warn("Geocoder unavailable; the postcode area's known addresses stand in until it is saved again");
            found = Optional.empty();
        }
        return found.isPresent() ? found : postcodeAreas.apply(postcode);
    }
}
