package nl.naober.monitoring;

/**
 * Change between intake and closing of the short outcome measure. Counted: every family with a CLOSING measurement
 * in the period (its latest one there) and an INTAKE measurement on or before that closing (its earliest one).
 * For parenting strain lower is better, for the other three higher is better.
 *
 * @param parentingStrain {@code parenting_strain}
 * @param familyRest {@code family_rest}
 * @param ownNetwork {@code own_network}
 * @param childWellbeing {@code child_wellbeing}
 */
public record OutcomeChanges(
        MeasureChange parentingStrain,
        MeasureChange familyRest,
        MeasureChange ownNetwork,
        MeasureChange childWellbeing) {}
