package nl.naober.family;

/** Why a family asked for support. */
public enum RegistrationReason {
    SINGLE_PARENT_SEVERAL_CHILDREN,
    CHILD_SPECIAL_NEEDS,
    NEWCOMER_IN_NEIGHBOURHOOD,
    POVERTY,
    NO_OWN_NETWORK,
    OTHER
}
