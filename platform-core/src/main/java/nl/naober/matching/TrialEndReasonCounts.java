package nl.naober.matching;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Trials not continued by reason, for monitoring (issue 16): matches of the municipality in context closed as
 * TRIAL_NOT_CONTINUED with an end date within a period. Counts only; suppression is the report's.
 */
@Service
public class TrialEndReasonCounts {

    private final MatchRepository matches;

    TrialEndReasonCounts(MatchRepository matches) {
        this.matches = matches;
    }

    @Transactional(readOnly = true)
    public List<TrialEndReasonCount> between(LocalDate from, LocalDate to) {
        return matches.countTrialEndReasons(CloseReason.TRIAL_NOT_CONTINUED, from, to);
    }
}
