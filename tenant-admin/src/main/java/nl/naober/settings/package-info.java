/**
 * Programme settings: defaults per network, overrides per municipality, and the catalog-backed {@link
 * nl.naober.programme.ProgrammeSettings} that case work reads.
 */
package nl.naober.settings;
