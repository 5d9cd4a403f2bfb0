package nl.naober.work;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.naober.mail.MailOutbox;
import nl.naober.mail.Recipient;
import nl.naober.programme.ProgrammeTime;
import nl.naober.registration.InboxItem;
import nl.naober.registration.PublicRegistrations;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The morning mail of each coordinator of the municipality in context: what needs them today, as "Mijn werk" counts
 * it. Self-registrations not taken up within {@value #REPLY_WITHIN_WORKING_DAYS} working days concern every
 * coordinator; trials, evaluations and certificates of conduct only the coordinator of the match or support family.
 */
@Service
public class DailyDigest {

    static final int REPLY_WITHIN_WORKING_DAYS = 5;
    static final int MATCH_HORIZON_DAYS = 7;
    /** Per topic; far beyond a coordinator's caseload, and "Mijn werk" always has the whole list. */
    static final int ITEMS_PER_TOPIC = 100;

    private final MyWorkService work;
    private final PublicRegistrations registrations;
    private final MailOutbox outbox;
    private final Clock clock;

    DailyDigest(MyWorkService work, PublicRegistrations registrations, MailOutbox outbox, Clock clock) {
        this.work = work;
        this.registrations = registrations;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Today's digest of every given coordinator that has something to do; the others are left out. */
    @Transactional(readOnly = true)
    public Digest build(List<Recipient> coordinators) {
        LocalDate today = today();
        List<DigestItem> overdue = overdueRegistrations(today);
        List<Digest.ForCoordinator> digests = new ArrayList<>();
        for (Recipient coordinator : coordinators) {
            List<DigestItem> items = new ArrayList<>(overdue);
            items.addAll(ownItems(coordinator.username(), today));
            if (!items.isEmpty()) {
                digests.add(new Digest.ForCoordinator(coordinator, List.copyOf(items)));
            }
        }
        return new Digest(today, List.copyOf(digests));
    }

    /**
     * Queues today's digest mail for every coordinator with something to do. A coordinator's digest of a day is
     * queued once whoever runs this and however often (its dedup key names the day and the coordinator).
     *
     * @param publicUrl where Naober is reached, without a trailing slash, for the links
     * @return how many mails were queued now
     */
    @Transactional
    public int queue(List<Recipient> coordinators, String publicUrl) {
        Digest digest = build(coordinators);
        int queued = 0;
        for (Digest.ForCoordinator forCoordinator : digest.coordinators()) {
            if (outbox.enqueue(DigestMail.of(digest.day(), forCoordinator, publicUrl))) {
                queued++;
            }
        }
        return queued;
    }

    /** The inbox is oldest first, so reading stops at the first registration still within its term. */
    private List<DigestItem> overdueRegistrations(LocalDate today) {
        List<DigestItem> overdue = new ArrayList<>();
        for (InboxItem item : registrations.inbox(PageRequest.of(0, ITEMS_PER_TOPIC))) {
            if (!item.unansweredPast(REPLY_WITHIN_WORKING_DAYS, today)) {
                break;
            }
            overdue.add(
                    new DigestItem(DigestItem.Topic.REGISTRATION, pathOf(item), item.receivedOn(), item.firstName()));
        }
        return overdue;
    }

    private List<DigestItem> ownItems(String coordinator, LocalDate today) {
        LocalDate horizon = today.plusDays(MATCH_HORIZON_DAYS);
        List<DigestItem> items = new ArrayList<>();
        work.trialsEnding(coordinator, horizon, ITEMS_PER_TOPIC)
                .forEach(m -> items.add(matchItem(DigestItem.Topic.TRIAL_ENDING, m)));
        work.evaluationsDue(coordinator, horizon, ITEMS_PER_TOPIC)
                .forEach(m -> items.add(matchItem(DigestItem.Topic.EVALUATION_DUE, m)));
        work.vogsDue(coordinator, today)
                .forEach(v -> items.add(new DigestItem(
                        DigestItem.Topic.VOG, "/steungezinnen/" + v.supportFamilyId(), v.date(), v.reason())));
        return items;
    }

    private static DigestItem matchItem(DigestItem.Topic topic, MyWork.MatchDue match) {
        return new DigestItem(topic, "/koppelingen/" + match.matchId(), match.due(), null);
    }

    private static String pathOf(InboxItem item) {
        if (item.familyId() != null) {
            return "/gezinnen/" + item.familyId();
        }
        return item.supportFamilyId() != null ? "/steungezinnen/" + item.supportFamilyId() : "/werk";
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ProgrammeTime.ZONE);
    }
}
