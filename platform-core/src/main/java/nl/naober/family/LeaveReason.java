package nl.naober.family;

import java.util.EnumSet;
import java.util.Set;

/**
 * Why a family left the programme before a match: a short list, so that monitoring can count declines and withdrawals
 * by reason (issue 15). Each reason fits declining, withdrawing or both; an explanation in words is optional.
 */
public enum LeaveReason {
    NOT_IN_TARGET_GROUP(FamilyStatus.DECLINED),
    NEEDS_PROFESSIONAL_CARE(FamilyStatus.DECLINED),
    OUTSIDE_MUNICIPALITY(FamilyStatus.DECLINED),
    NO_CONTACT(FamilyStatus.DECLINED, FamilyStatus.WITHDRAWN),
    NO_LONGER_NEEDED(FamilyStatus.WITHDRAWN),
    OTHER_HELP_FOUND(FamilyStatus.WITHDRAWN),
    WAITED_TOO_LONG(FamilyStatus.WITHDRAWN),
    MOVED(FamilyStatus.WITHDRAWN),
    OTHER(FamilyStatus.DECLINED, FamilyStatus.WITHDRAWN);

    private final Set<FamilyStatus> fits;

    LeaveReason(FamilyStatus first, FamilyStatus... more) {
        this.fits = EnumSet.of(first, more);
    }

    public boolean fits(FamilyStatus target) {
        return fits.contains(target);
    }

    /** The reasons offered for a move to {@code target}, in the list's order. */
    public static Set<LeaveReason> offeredFor(FamilyStatus target) {
        EnumSet<LeaveReason> offered = EnumSet.noneOf(LeaveReason.class);
        for (LeaveReason reason : values()) {
            if (reason.fits(target)) {
                offered.add(reason);
            }
        }
        return offered;
    }
}
