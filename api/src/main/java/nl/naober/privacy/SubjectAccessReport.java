package nl.naober.privacy;

import java.time.Instant;
import java.util.List;
import nl.naober.accesslog.AccessLogRow;
import nl.naober.matching.MatchView;
import nl.naober.outcome.OutcomeView;
import nl.naober.retention.ErasureRequestView;
import nl.naober.timeline.TimelineItem;

/**
 * Everything the municipality holds about one family or support family (AVG art. 15, 20): the file itself with its
 * children or household, intakes and certificates, its matches with their evaluations, contacts and signals, the
 * outcome measurements, the timeline, every access-log line about it and the erasure requests.
 *
 * @param subject a family or a support family, as its page shows it
 */
public record SubjectAccessReport<T>(
        Instant generatedAt,
        String municipality,
        String municipalityName,
        T subject,
        List<MatchView> matches,
        List<OutcomeView> outcomes,
        List<TimelineItem> timeline,
        List<AccessLogRow> accessLog,
        List<ErasureRequestView> erasureRequests) {}
