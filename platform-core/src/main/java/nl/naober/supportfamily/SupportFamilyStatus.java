package nl.naober.supportfamily;

import java.util.EnumSet;
import java.util.Set;

/**
 * A support family's state (DESIGN.md): {@code REGISTERED → SCREENING → AVAILABLE ⇄ PAUSED → STOPPED}; STOPPED
 * from any state. AVAILABLE also needs a valid VOG for every adult and a suitable intake.
 */
public enum SupportFamilyStatus {
    REGISTERED,
    SCREENING,
    AVAILABLE,
    PAUSED,
    STOPPED;

    public Set<SupportFamilyStatus> targets() {
        return switch (this) {
            case REGISTERED -> EnumSet.of(SCREENING, STOPPED);
            case SCREENING -> EnumSet.of(AVAILABLE, STOPPED);
            case AVAILABLE -> EnumSet.of(PAUSED, STOPPED);
            case PAUSED -> EnumSet.of(AVAILABLE, STOPPED);
            case STOPPED -> EnumSet.noneOf(SupportFamilyStatus.class);
        };
    }
}
