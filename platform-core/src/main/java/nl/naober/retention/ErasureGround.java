package nl.naober.retention;

/** Why a person asks to be erased (AVG art. 17(1)); a fixed list, so the request itself holds no personal data. */
public enum ErasureGround {
    /** (a) The data are no longer needed for the programme. */
    NO_LONGER_NEEDED,
    /** (b) The person withdraws the consent the registration rests on. */
    CONSENT_WITHDRAWN,
    /** (c) The person objects to the processing. */
    OBJECTION,
    /** Another ground of art. 17(1). */
    OTHER
}
