package nl.naober.core.family;

/** How the registration came in; a professional referral names the referring organisation. */
public enum RegistrationSource {
    PUBLIC_FORM,
    COORDINATOR,
    PROFESSIONAL_REFERRAL
}
