package nl.naober.matching;

import java.util.EnumSet;
import java.util.Set;

/** A match (koppeling): {@code PROPOSED → TRIAL → ACTIVE → ENDED}, {@code TRIAL → ENDED}, {@code PROPOSED → CANCELLED}. */
public enum MatchStatus {
    PROPOSED,
    TRIAL,
    ACTIVE,
    ENDED,
    CANCELLED;

    public boolean isOpen() {
        return this == PROPOSED || this == TRIAL || this == ACTIVE;
    }

    public Set<MatchStatus> targets() {
        return switch (this) {
            case PROPOSED -> EnumSet.of(TRIAL, CANCELLED);
            case TRIAL -> EnumSet.of(ACTIVE, ENDED);
            case ACTIVE -> EnumSet.of(ENDED);
            case ENDED, CANCELLED -> EnumSet.noneOf(MatchStatus.class);
        };
    }
}
