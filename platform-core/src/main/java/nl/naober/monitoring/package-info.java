/**
 * Monitoring (DESIGN.md process step 8): the case figures of the municipality in context for a period, computed with
 * aggregate SQL over its tenant schema. Only counts, days, averages and percentages leave this package, never a
 * name, address or note.
 */
package nl.naober.monitoring;
