package nl.naober.core.family;

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

    /** The states a coordinator may move a family to from here. */
    public Set<FamilyStatus> manualTargets() {
        EnumSet<FamilyStatus> targets = EnumSet.noneOf(FamilyStatus.class);
        switch (this) {
            case REGISTERED -> targets.add(INTAKE);
            case INTAKE -> targets.add(WAITING);
            default -> {}
        }
        if (isOpen()) {
            targets.add(WITHDRAWN);
            targets.add(DECLINED);
        }
        return targets;
    }
}
