package nl.naober.core.family;

/** The family's place in the programme (DESIGN.md, "State machines"). */
public enum FamilyStatus {
    REGISTERED,
    INTAKE,
    WAITING,
    MATCHED,
    CLOSED,
    WITHDRAWN,
    DECLINED
}
