package nl.naober.geo;

import java.util.Optional;

/**
 * Turns a Dutch address into coordinates. Pluggable so that the demo and these build machines (no internet) run
 * without a geocoding service, and production can use PDOK.
 */
public interface Geocoder {

    /**
     * Where the address lies.
     *
     * @param postcode a Dutch postcode in any spelling ({@code "7941ab"}, {@code "7941 AB"})
     * @param houseNumber the house number, may carry a letter or addition ({@code "12a"}); {@code null} or blank
     *     for the middle of the postcode area
     * @return the coordinates, or empty when the address is unknown or not a valid Dutch address
     * @throws GeocoderUnavailableException when the service behind it fails (time-out, server error, an answer it
     *     cannot read): the caller can then retry later, which it should not do for an unknown address
     */
    Optional<Coordinates> locate(String postcode, String houseNumber);
}
