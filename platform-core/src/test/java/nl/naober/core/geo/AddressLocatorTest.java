package nl.naober.core.geo;

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

    private Geocoder recording(Optional<Coordinates> answer) {
        return (postcode, houseNumber) -> {
            asked.add(postcode + "/" + houseNumber);
            return answer;
        };
    }
}
