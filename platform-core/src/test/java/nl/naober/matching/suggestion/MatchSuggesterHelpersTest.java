package nl.naober.matching.suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MatchSuggesterHelpersTest {

    @Test
    void measuresKnownDistances() {
        // Meppel station to Hoogeveen station, as the crow flies
        assertThat(Haversine.kilometres(52.6917, 6.1986, 52.7339, 6.4767)).isCloseTo(19.3, within(0.5));
        assertThat(Haversine.kilometres(52.0, 6.0, 52.0, 6.0)).isZero();
        assertThat(Haversine.kilometres(0, 0, 1, 0)).isCloseTo(111.195, within(0.01));
    }

    @Test
    void knowsALocationOnlyWithBothFiniteCoordinates() {
        assertThat(Haversine.known(52.0, 6.0)).isTrue();
        assertThat(Haversine.known(null, 6.0)).isFalse();
        assertThat(Haversine.known(52.0, null)).isFalse();
        assertThat(Haversine.known(Double.NaN, 6.0)).isFalse();
    }

    @Test
    void formatsKilometresWithADecimalComma() {
        assertThat(DutchText.kilometres(3.44)).isEqualTo("3,4");
        assertThat(DutchText.kilometres(3.46)).isEqualTo("3,5");
        assertThat(DutchText.kilometres(0)).isEqualTo("0,0");
        assertThat(DutchText.kilometres(12.0)).isEqualTo("12,0");
    }
}
