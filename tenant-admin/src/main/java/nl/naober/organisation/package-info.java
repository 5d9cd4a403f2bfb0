/**
 * Welfare organisations (welzijnsorganisaties) per municipality: the employers of its coordinators. Kept in the
 * catalog and configured by the network admin of the municipality's network.
 */
@NullMarked
package nl.naober.organisation;

import org.jspecify.annotations.NullMarked;
