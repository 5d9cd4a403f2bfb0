package nl.naober.work;

import java.time.LocalDate;
import java.util.List;
import nl.naober.mail.Recipient;

/**
 * One day's digest of a municipality: per coordinator with something to do, the items that need them.
 *
 * @param day the day in Dutch time, which also keys the mail so it is queued once
 */
public record Digest(LocalDate day, List<ForCoordinator> coordinators) {

    /** @param items ordered by topic (as {@link DigestItem.Topic} lists them), then as "Mijn werk" orders them */
    public record ForCoordinator(Recipient coordinator, List<DigestItem> items) {

        public List<DigestItem> items(DigestItem.Topic topic) {
            return items.stream().filter(item -> item.topic() == topic).toList();
        }
    }
}
