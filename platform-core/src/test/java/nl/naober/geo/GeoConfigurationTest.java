package nl.naober.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class GeoConfigurationTest {

    private final ApplicationContextRunner context =
            new ApplicationContextRunner().withUserConfiguration(GeoConfiguration.class);

    @Test
    void knowsNoAddressUnlessSwitchedOn() {
        context.run(started -> assertThat(started).getBean(Geocoder.class).isInstanceOf(NoGeocoder.class));
        context.withPropertyValues("naober.geocoder.enabled=false")
                .run(started -> assertThat(started).getBean(Geocoder.class).isInstanceOf(NoGeocoder.class));
    }

    @Test
    void usesPdokWhenSwitchedOn() {
        context.withPropertyValues("naober.geocoder.enabled=true", "naober.geocoder.pdok-url=http://127.0.0.1:9/free")
                .run(started ->
                        assertThat(started).getBean(Geocoder.class).isInstanceOf(PdokLocatieserverGeocoder.class));
    }
}
