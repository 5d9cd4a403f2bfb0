package nl.naober.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AddressLocatorTest {

    final List<String> asked = new ArrayList<>();

    @Test
    void coordinatesGivenWithTheAddressWinAndCostNoLookup() {
        AddressLocator locator = new AddressLocator(recording(Optional.of(new Coordinates(1, 1))));

        assertThat(locator.locate(52.69, 6.19, "7941 AB", "12")).contains(new Coordinates(52.69, 6.19));
        assertThat(asked).isEmpty();
    }

    @Test
    void withoutCoordinatesTheGeocoderIsAsked() {
        AddressLocator locator = new AddressLocator(recording(Optional.of(new Coordinates(52.72, 6.47))));

        assertThat(locator.locate(null, null, "7901 AA", "3")).contains(new Coordinates(52.72, 6.47));
        assertThat(asked).containsExactly("7901 AA/3");
    }

    @Test
    void anUnknownAddressOrAnOutageLeavesTheLocationUnknownInsteadOfFailing() {
        assertThat(new AddressLocator(recording(Optional.empty())).locate(null, null, "9999 ZZ", null))
                .isEmpty();
        AddressLocator down = new AddressLocator((postcode, houseNumber) -> {
            throw new GeocoderUnavailableException("PDOK did not answer");
        });
        assertThat(down.locate(null, 6.0, "7901 AA", "3")).isEmpty();
    }

    @Test
    void whenTheGeocoderKnowsNothingThePostcodeAreasKnownAddressesStandIn() {
        Coordinates area = new Coordinates(52.96, 6.95);
        AddressLocator locator = new AddressLocator(
                recording(Optional.empty()),
                postcode -> postcode.startsWith("9526") ? Optional.of(area) : Optional.empty());

        assertThat(locator.locate(null, null, "9526 AB", null)).contains(area);
        assertThat(locator.locate(null, null, "1011 AB", null)).isEmpty();
        AddressLocator down = new AddressLocator(
                (postcode, houseNumber) -> {
                    throw new GeocoderUnavailableException("PDOK did not answer");
                },
                postcode -> Optional.of(area));
        assertThat(down.locate(null, null, "9526 AB", null)).contains(area);
        // the geocoder's own answer wins over the estimate
        AddressLocator geocoded =
                new AddressLocator(recording(Optional.of(new Coordinates(52.97, 6.96))), postcode -> Optional.of(area));
        assertThat(geocoded.locate(null, null, "9526 AB", "4")).contains(new Coordinates(52.97, 6.96));
    }

    private Geocoder recording(Optional<Coordinates> answer) {
        return (postcode, houseNumber) -> {
            asked.add(postcode + "/" + houseNumber);
            return answer;
        };
    }
}
