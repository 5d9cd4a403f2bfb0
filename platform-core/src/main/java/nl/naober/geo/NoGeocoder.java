package nl.naober.geo;

import java.util.Optional;

/** Knows no address; the default, see {@link GeoConfiguration}. */
final class NoGeocoder implements Geocoder {

    @Override
    public Optional<Coordinates> locate(String postcode, String houseNumber) {
        return Optional.empty();
    }
}
