/**
 * Where a Dutch address lies: {@link nl.naober.geo.Geocoder} and {@link nl.naober.geo.Coordinates}.
 * Published so the web layer and the catalog can place families and support families without knowing which
 * geocoding service (if any) is behind it.
 */
package nl.naober.geo;
