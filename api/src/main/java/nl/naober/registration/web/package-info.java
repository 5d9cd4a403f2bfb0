/**
 * Public registration without a login (issue 7): the Dutch pages {@code /aanmelden/{code}} and the REST endpoint
 * {@code POST /api/v1/public/municipalities/{code}/registrations} that a municipality's own site may call from the
 * browser (CORS per municipality). Both take the same path through {@link nl.naober.registration.web.RegistrationIntake}:
 * the honeypot, the rate limits, then {@link nl.naober.registration.PublicRegistrations} in the municipality's
 * tenant context.
 */
package nl.naober.registration.web;
