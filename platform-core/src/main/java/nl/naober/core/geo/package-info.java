/**
 * Where a Dutch address lies: {@link nl.naober.core.geo.Geocoder} and {@link nl.naober.core.geo.Coordinates}.
 * Published so the web layer and the catalog can place families and support families without knowing which
 * geocoding service (if any) is behind it.
 */
@NamedInterface("geo")
package nl.naober.core.geo;

import org.springframework.modulith.NamedInterface;
