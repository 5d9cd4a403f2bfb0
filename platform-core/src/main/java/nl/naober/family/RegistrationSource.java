package nl.naober.family;

/**
 * Who referred the family: the referrers programmes report by (issue 16). Every source but {@link
 * #SELF_REGISTRATION} may name the referring organisation as text; {@link #OTHER} must. How the registration came
 * in (the public form or a coordinator) is not a referrer: the public form registers {@link #SELF_REGISTRATION} and
 * keeps its own record of the registration (the coordinator's inbox).
 */
public enum RegistrationSource {
    /** The family contacted the programme itself: the public form, a call or a visit. */
    SELF_REGISTRATION,
    WIJKTEAM_CJG,
    GENERAL_PRACTITIONER,
    SCHOOL_CHILDCARE,
    YOUTH_HEALTH_CARE,
    SOCIAL_WORK_DEBT_ADVICE,
    OTHER;

    /** Whether a referring organisation may be named with this source. */
    public boolean mayNameOrganisation() {
        return this != SELF_REGISTRATION;
    }

    /** Whether the source says nothing without the organisation's name. */
    public boolean needsOrganisation() {
        return this == OTHER;
    }
}
