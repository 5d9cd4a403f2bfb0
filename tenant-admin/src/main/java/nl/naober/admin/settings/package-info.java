/**
 * Programme settings: defaults per network, overrides per municipality, and the catalog-backed {@link
 * nl.naober.core.programme.ProgrammeSettings} that case work reads.
 */
@NamedInterface("settings")
package nl.naober.admin.settings;

import org.springframework.modulith.NamedInterface;
