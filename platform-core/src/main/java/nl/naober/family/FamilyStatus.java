package nl.naober.family;

import java.util.EnumSet;
import java.util.Set;

/**
 * The family's place in the programme (DESIGN.md): {@code REGISTERED → INTAKE → WAITING → MATCHED → CLOSED}, or
 * {@code WITHDRAWN}/{@code DECLINED} from any open state. MATCHED, the way back to WAITING and CLOSED follow the
 * family's match; a coordinator sets the others.
 */
public enum FamilyStatus {
    REGISTERED,
    INTAKE,
    WAITING,
    MATCHED,
    CLOSED,
    WITHDRAWN,
    DECLINED;

    public boolean isOpen() {
        return this != CLOSED && this != WITHDRAWN && this != DECLINED;
    }

    /** The states a coordinator may move a family to from here (a MATCHED family's match is open: see below). */
    public Set<FamilyStatus> manualTargets() {
        return manualTargets(this == MATCHED);
    }

    /**
     * The states a coordinator may move a family to from here, when it does or does not have an open (proposed,
     * trial or active) match: a family with one cannot leave the programme until that match is closed or cancelled,
     * or the match would stay open for a family that is gone.
     */
    public Set<FamilyStatus> manualTargets(boolean hasOpenMatch) {
        EnumSet<FamilyStatus> targets = EnumSet.noneOf(FamilyStatus.class);
        switch (this) {
            case REGISTERED -> targets.add(INTAKE);
            case INTAKE -> targets.add(WAITING);
            default -> {}
        }
        if (isOpen() && !hasOpenMatch) {
            targets.add(WITHDRAWN);
            targets.add(DECLINED);
        }
        return targets;
    }
}
