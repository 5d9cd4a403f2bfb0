package nl.naober.registration;

/** The municipality's page on Naober, or its own site through the public API. */
public enum RegistrationChannel {
    FORM,
    API
}
