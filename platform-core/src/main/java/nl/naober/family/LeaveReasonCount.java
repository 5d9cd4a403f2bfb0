package nl.naober.family;

/** How many families left with this status (DECLINED or WITHDRAWN) for this reason. */
public record LeaveReasonCount(FamilyStatus status, LeaveReason reason, long families) {}
