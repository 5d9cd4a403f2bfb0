package nl.naober.appointment;

import static nl.naober.crypto.SecretTokens.newToken;
import static nl.naober.crypto.SecretTokens.sha256;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import nl.naober.programme.ProgrammeTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinator's calendar feed (agenda-koppeling) in the municipality in context. Its URL carries a random token
 * of 256 bits that is shown once, when made; only its SHA-256 is kept, so the database cannot give it away. Making a
 * new one replaces the old (renew); revoking removes it, and its URL then answers 404 like any unknown one.
 */
@Service
public class CalendarFeeds {

    /** How far back and ahead the feed reaches; older visits stay in a calendar that already has them. */
    static final int DAYS_BACK = 90;

    static final int DAYS_AHEAD = 366;

    /** A read is remembered (for "last fetched") at most this often, so a calendar polling it writes little. */
    private static final Duration READ_MARK_INTERVAL = Duration.ofMinutes(15);

    private final CalendarFeedRepository feeds;
    private final AppointmentRepository appointments;
    private final FirstNames firstNames;
    private final Clock clock;

    CalendarFeeds(
            CalendarFeedRepository feeds, AppointmentRepository appointments, FirstNames firstNames, Clock clock) {
        this.feeds = feeds;
        this.appointments = appointments;
        this.firstNames = firstNames;
        this.clock = clock;
    }

    /** @param lastReadAt when a calendar last fetched it; null when none has yet */
    public record FeedState(Instant createdAt, Instant lastReadAt) {}

    /** The caller's feed, if they have one; never its token, which is not kept. */
    @Transactional(readOnly = true)
    public Optional<FeedState> of(String coordinator) {
        return feeds.findByCoordinator(coordinator).map(f -> new FeedState(f.createdAt(), f.lastReadAt()));
    }

    /**
     * Makes a new feed for the coordinator, replacing an earlier one (whose URL stops working).
     *
     * @return the token for the URL; it cannot be read back later
     */
    @Transactional
    public String renew(String coordinator) {
        feeds.deleteByCoordinator(coordinator);
        String token = newToken();
        feeds.saveAndFlush(new CalendarFeed(coordinator, sha256(token), clock.instant()));
        return token;
    }

    @Transactional
    public boolean revoke(String coordinator) {
        return feeds.deleteByCoordinator(coordinator) > 0;
    }

    /** What a calendar fetching the feed sees: the coordinator it belongs to and their visits. */
    public record Feed(String coordinator, List<AppointmentView> appointments) {}

    /** The feed a token opens, or empty for an unknown or revoked token (or one that is not a token at all). */
    @Transactional
    public Optional<Feed> open(String token) {
        if (token == null || token.length() < 20 || token.length() > 100) {
            return Optional.empty();
        }
        return feeds.findByTokenHash(sha256(token)).map(feed -> {
            Instant now = clock.instant();
            if (feed.lastReadAt() == null || feed.lastReadAt().isBefore(now.minus(READ_MARK_INTERVAL))) {
                feed.read(now);
            }
            LocalDate today = LocalDate.ofInstant(now, ProgrammeTime.ZONE);
            List<Appointment> found = appointments.between(
                    feed.coordinator(),
                    today.minusDays(DAYS_BACK),
                    today.plusDays(DAYS_AHEAD),
                    EnumSet.of(AppointmentStatus.PLANNED, AppointmentStatus.DONE));
            var names = firstNames.of(found);
            return new Feed(
                    feed.coordinator(),
                    found.stream()
                            .map(a -> a.toView(FirstNames.nameOf(a, names)))
                            .toList());
        });
    }
}
