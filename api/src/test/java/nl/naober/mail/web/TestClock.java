package nl.naober.mail.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in the mail tests: Monday 2 March 2026, 06:30 in Amsterdam, until a test moves it on. One
 * instance for every context of the run, so a second application instance lives on the same day.
 */
public final class TestClock extends Clock {

    public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    public static final Instant MONDAY_MORNING =
            ZonedDateTime.of(2026, 3, 2, 6, 30, 0, 0, AMSTERDAM).toInstant();
    public static final TestClock INSTANCE = new TestClock();

    private volatile Instant now = MONDAY_MORNING;

    private TestClock() {}

    public void reset() {
        now = MONDAY_MORNING;
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return AMSTERDAM;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    /** Makes {@link #INSTANCE} the application's clock. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        @Primary
        Clock testClock() {
            return INSTANCE;
        }
    }
}
