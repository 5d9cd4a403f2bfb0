package nl.naober.family;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Declines and withdrawals by reason, for monitoring (issue 15): families of the municipality in context that are
 * declined or withdrawn now and left within a period. A family reopened since counts no more: its leaving was a
 * mistake. Counts only; suppression is the report's.
 */
@Service
public class LeaveReasonCounts {

    private final FamilyRepository families;

    LeaveReasonCounts(FamilyRepository families) {
        this.families = families;
    }

    @Transactional(readOnly = true)
    public List<LeaveReasonCount> between(LocalDate from, LocalDate to) {
        return families.countLeaveReasons(EnumSet.of(FamilyStatus.DECLINED, FamilyStatus.WITHDRAWN), from, to);
    }
}
