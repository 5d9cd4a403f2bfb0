package nl.naober.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CoordinatesTest {

    private static final Coordinates MEPPEL = new Coordinates(52.6959, 6.1936);
    private static final Coordinates HOOGEVEEN = new Coordinates(52.7233, 6.4764);

    @Test
    void meppelToHoogeveenIsAboutNineteenKilometres() {
        assertThat(MEPPEL.kilometresTo(HOOGEVEEN)).isCloseTo(19.3, within(0.5));
        assertThat(HOOGEVEEN.kilometresTo(MEPPEL)).isEqualTo(MEPPEL.kilometresTo(HOOGEVEEN));
    }

    @Test
    void aPointIsNoDistanceFromItself() {
        assertThat(MEPPEL.kilometresTo(new Coordinates(52.6959, 6.1936))).isZero();
    }

    @Test
    void halfwayRoundTheEquatorIsHalfTheCircumference() {
        assertThat(new Coordinates(0, 0).kilometresTo(new Coordinates(0, 180)))
                .isCloseTo(Math.PI * 6371.0088, within(1e-6));
    }

    @Test
    void refusesCoordinatesOffTheEarth() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Coordinates(90.1, 6.1936));
        assertThatIllegalArgumentException().isThrownBy(() -> new Coordinates(-90.1, 6.1936));
        assertThatIllegalArgumentException().isThrownBy(() -> new Coordinates(Double.NaN, 6.1936));
        assertThatIllegalArgumentException().isThrownBy(() -> new Coordinates(52.6959, 180.5));
        assertThatIllegalArgumentException().isThrownBy(() -> new Coordinates(52.6959, -180.5));
    }

    @Test
    void acceptsTheEdges() {
        assertThat(new Coordinates(90, 180)).isEqualTo(new Coordinates(90.0, 180.0));
        assertThat(new Coordinates(-90, -180).longitude()).isEqualTo(-180.0);
    }
}
