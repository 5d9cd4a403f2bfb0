package nl.naober.programme;

import java.time.Period;

/**
 * The programme settings of the municipality in context that case work reads. Tenant administration keeps them per
 * municipality, with defaults from its network (the catalog-backed implementation lives in tenant-admin's
 * {@code settings} package); a change applies from then on.
 */
public interface ProgrammeSettings {

    /** How long a certificate of conduct (VOG) counts as valid after its issue date. */
    Period vogValidity();

    /** Planned length of a match's trial period. */
    Period trialLength();

    /** Time between periodic evaluations of an active match. */
    Period evaluationInterval();

    /** How long a closed case is kept before it is removed. */
    Period retentionPeriod();

    /** Counts below this number are not shown in aggregates (small-count suppression). */
    int suppressionThreshold();

    /**
     * A waiting family with fewer fitting support families than this needs recruitment ("werving nodig");
     * SteunouderNL's rule of thumb is about five candidates per child.
     */
    default int recruitmentThreshold() {
        return 5;
    }
}
