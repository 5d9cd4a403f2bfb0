package nl.naober.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A mail the server did not take is tried again after 1, 2, 4, ... minutes, then hourly, forever. */
class RetryBackoffTest {

    @Test
    void theDelayDoublesFromOneMinuteUpToAnHour() {
        assertThat(IntStream.rangeClosed(1, 9).mapToObj(RetryBackoff::delayAfter))
                .containsExactly(
                        Duration.ofMinutes(1),
                        Duration.ofMinutes(2),
                        Duration.ofMinutes(4),
                        Duration.ofMinutes(8),
                        Duration.ofMinutes(16),
                        Duration.ofMinutes(32),
                        Duration.ofHours(1),
                        Duration.ofHours(1),
                        Duration.ofHours(1));
    }

    @Test
    void thereIsNoLastAttemptAndNoOverflow() {
        assertThat(RetryBackoff.delayAfter(64)).isEqualTo(Duration.ofHours(1));
        assertThat(RetryBackoff.delayAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void afterTheFirstHourAnOutageIsTriedHourly() {
        // 1+2+4+8+16+32 = 63 minutes for the first six tries, then one an hour: 54 tries take 49 hours.
        Duration waited =
                IntStream.rangeClosed(1, 54).mapToObj(RetryBackoff::delayAfter).reduce(Duration.ZERO, Duration::plus);
        assertThat(waited).isBetween(Duration.ofHours(49), Duration.ofHours(50));
    }

    @Test
    void thereIsNoDelayBeforeAnyFailure() {
        assertThatThrownBy(() -> RetryBackoff.delayAfter(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
