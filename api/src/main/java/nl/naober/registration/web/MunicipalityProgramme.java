package nl.naober.registration.web;

/**
 * A municipality that takes registrations, as the registrant knows it: "Buurtgezinnen Meppel".
 *
 * @param code the tenant code from the path, e.g. {@code meppel}
 * @param programmeName the name of the municipality's network, which is the programme's name
 */
record MunicipalityProgramme(String code, String municipalityName, String programmeName) {}
